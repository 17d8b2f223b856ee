// Fills a template's placeholders the way a recipient would see them ("Hi Maria, I noticed Acme
// ..."), so the detectors are measured on received messages and not only on raw templates.
import { PLACEHOLDER_ALL } from '../detect/placeholder';

const FIRST_NAMES = ['Maria', 'Tom', 'Priya', 'Jonas', 'Lucía', 'Amélie', 'Kenji', 'Sarah', 'Omar', 'Ingrid'];
const SENDER_NAMES = ['Alex Morgan', 'Daniel Weber', 'Chloé Martin', 'Javier Ortega', 'Nina Kowalski'];
const COMPANIES = ['Acme Analytics', 'Northwind', 'Brightline Labs', 'Globex', 'Helios Logistics', 'Fintera'];
const TOPICS = ['data governance', 'pricing strategy', 'remote onboarding', 'supply chain visibility', 'AI adoption', 'customer retention'];
const INDUSTRIES = ['fintech', 'logistics', 'healthcare', 'B2B SaaS', 'e-commerce'];
const ROLES = ['Head of Sales', 'VP Marketing', 'Engineering Manager', 'Product Lead', 'CFO'];
const EVENTS = ['SaaStr Annual', 'Web Summit', 'the Berlin Product Meetup', 'Money20/20'];
const PLACES = ['Berlin', 'Austin', 'Lyon', 'Madrid', 'Toronto'];
const PHRASES = ['the new pricing page', 'cutting onboarding time in half', 'the Q3 hiring push', 'your move into Europe', 'the recent funding round', 'shorter sales cycles'];

interface Filler {
  test: RegExp;
  values: readonly string[];
}

// Checked in order: the first whose test matches the placeholder's inner words supplies the value.
const FILLERS: readonly Filler[] = [
  { test: /\b(?:my|your|votre|tu|ihr|dein|sender|signature)\b/, values: SENDER_NAMES },
  { test: /\b(?:link|calendly|url|cal|calendar)\b|lien|enlace/, values: ['https://calendly.com/alex-morgan/15min', 'https://cal.com/nina/intro'] },
  { test: /\bgroup|gruppe|groupe|grupo/, values: ['the RevOps Collective', 'Product-Led Growth Community'] },
  { test: /compan|firma|entreprise|empresa|competitor|customer|client|cliente/, values: COMPANIES },
  { test: /event|conference|panel|session|talk|webinar/, values: EVENTS },
  { test: /\bname\b|prénom|nombre|vorname|\bfirst\b|mutual|friend/, values: FIRST_NAMES },
  { test: /industr|field|space|sector|secteur|bereich/, values: INDUSTRIES },
  { test: /\brole|title|position|titel|poste|function|\brol\b/, values: ROLES },
  { test: /location|city|place|ville|ciudad|\bort\b/, values: PLACES },
  { test: /\byear|jahr|année|año/, values: ['2026'] },
  { test: /number|\bx\b|\d/, values: ['3', '12', '40%'] },
  { test: /topic|thema|sujet|tema|keyword|area|project|initiative|problem|pain|challenge/, values: TOPICS },
];

function pick(values: readonly string[], seed: number): string {
  return values[seed % values.length] as string;
}

/** The text with every placeholder replaced; the same placeholder gets the same value throughout. */
export function fillPlaceholders(text: string, seed: number): string {
  const chosen = new Map<string, string>();
  return text.replace(PLACEHOLDER_ALL, (placeholder) => {
    const key = placeholder.replace(/[{}[\]%*|]/g, '').replace(/[_/.-]/g, ' ').trim().toLowerCase();
    const known = chosen.get(key);
    if (known !== undefined) return known;
    const filler = FILLERS.find(({ test }) => test.test(key));
    const value = pick(filler ? filler.values : PHRASES, seed + chosen.size);
    chosen.set(key, value);
    return value;
  });
}
