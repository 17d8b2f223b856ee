// Unfilled template placeholders as they appear in outreach tools and playbooks:
// {{first_name}}, {company}, [First Name], [Prénom], [specific topic], %FIRSTNAME%, *|FNAME|*.
const SOURCE = String.raw`\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{[A-Za-z_][\w ./-]{0,40}\}|\[(?:\p{Lu}[\p{L}\p{N}_'’ ./&–-]{0,40}|[a-z_][a-z_/ -]{0,40})\]|%[A-Z_]{3,}%|\*\|[A-Z_]+\|\*`;

export const PLACEHOLDER = new RegExp(SOURCE, 'u');
export const PLACEHOLDER_ALL = new RegExp(SOURCE, 'gu');
