// The Turkish phrase list: a recruiter's or vendor's first note is found and labelled; a friend passing a
// CV on, a colleague's thanks, and the short chat of real Turkish DMs are not.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/detect/types';
import { templatedCodesOf, templatedLevelOf } from '../item';


describe('Turkish phrases', () => {
  it.each<[string, string, string]>([
    ['a search for a role', 'Firmamız için Backend Developer arayışımız bulunmaktadır.', 'own-offer'],
    ['a role we are looking for', 'Dubai merkezli bir şirket için Team Lead Developer arıyoruz.', 'own-offer'],
    ['a position to talk about', 'Senior Developer pozisyonu için sizinle görüşmek isterim.', 'own-offer'],
    ['a career opportunity', 'İlginizi çekebileceğini düşündüğüm bir kariyer fırsatı bulunuyor.', 'own-offer'],
    ['openness to opportunities', 'Fırsatlara açık olduğunuz bir dönemdeyseniz yazabilirsiniz.', 'own-offer'],
    ['a client to recruit for', 'Müşterimiz için deneyimli bir mühendis arıyoruz.', 'own-offer'],
    ['an invitation to speak', 'Sizleri konuşmacı olarak davet etmek isteriz.', 'own-offer'],
    ['someone reaching out', 'Size Amaris Danışmanlık adına ulaşıyorum.', 'stock-opener'],
    ['a reviewed background', 'Bilgilerinizi incelediğimizde deneyimlerinizden etkilendik.', 'stock-opener'],
    ['thanks for accepting', 'Bağlantı isteğimi kabul ettiğiniz için teşekkür ederim.', 'stock-courtesy'],
    ['a wish to get in touch', 'Sizinle iletişime geçmek isterim.', 'stock-connect'],
    ['an appointment asked for', 'Uygun olduğunuz bir zaman diliminde randevu planlayabilir miyiz?', 'stock-call-ask'],
    ['a reply awaited', 'Geri dönüşünü heyecanla bekliyorum.', 'stock-sign-off'],
    ['an interest question', 'Pozisyon full remote. İlgilenir misiniz?', 'soft-cta'],
    ['services offered', 'Birçok sektörde insan kaynakları hizmetleri veriyoruz.', 'sales-pitch'],
  ])('finds %s', (_name, text, code) => {
    expect(templatedCodesOf(text)).toContain(code);
  });

  it.each<[string, string, Level]>([
    ['a recruiter with a role and a call', 'Merhaba Uğurhan Bey, Qkare olarak müşterilerimiz için .Net Developer arayışlarımız olmaktadır. İlgilenmeniz durumunda detayları ön görüşmede aktarmak isterim.', 'high'],
    ['a recruiter asking about openness', 'Merhaba Uğurhan Bey, Size Amaris Danışmanlık adına ulaşıyorum. Şuan bir .NET Developer arayışımız bulunmaktadır.', 'high'],
    // Hard negatives: a friend passing a CV on, a thank-you, everyday chat about jobs.
    ['a friend interested in a topic', 'Merhaba Ali, bu konu çok ilgimi çekti, kitabın adını yazar mısın? Dönüşünü bekliyorum', 'none'],
    ['a friend congratulating on new chances', 'Selam Ayşe, yeni fırsatlar için tebrikler! Dönüşünü bekliyorum', 'none'],
    ['a friend passing a CV on', "Selam abi, pozisyon sana uygunsa güncel cv'ni iletebilirim özlem hanıma", 'none'],
    ['a friend asking for a CV', 'Abi güncel cv bana da gönderebilir misin', 'none'],
    ['a friend on closed positions', 'Sende gönder abi bence bende yarın konuşayım bazen bir günde kapatıyorlar pozisyonları', 'none'],
    ['a friend asking about an interview', 'Selamlar Uğurhan hayırlısı olsun, görüşmeye çağırdılar mı ?', 'none'],
    ['a thank-you', 'Tamamdır çok teşekkür ederim :)', 'none'],
  ])('%s → %s', (_name, text, level) => {
    expect(templatedLevelOf(text)).toBe(level);
  });
});
