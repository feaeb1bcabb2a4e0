// The secrets of issue 14 (and those of issue 5's tests), as a session log would hold them, in the
// formats their issuers use: the rules check formats. Keys are made at run time from parts and a
// seeded generator, so that no file here holds one literally (a literal would trip the secret
// scanners that guard pushes) and every run sees the same ones.

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;

/** `length` characters of `alphabet`, the same for the same seed. */
export function fakeKey(seed: number, length: number, alphabet = ALNUM): string {
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += alphabet[(state >>> 8) % alphabet.length];
  }
  return out;
}

const join = (...parts: string[]) => parts.join('');
const digits = (seed: number, length: number) => fakeKey(seed, length, '0123456789');
const lines = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? text;

export interface SecretCase {
  kind: string;
  /** How it appears in what the learner or tutor wrote. */
  text: string;
  /** What must not be on the page: each string, and every 12-character piece of it. */
  gone: string[];
  /** What must still be there (the host of a URL, the name of a variable). */
  kept?: string[];
}

const awsSecret = fakeKey(1, 40, BASE64);
const stripe = join('sk', '_live_', '51', fakeKey(2, 97));
const slackHook = join('https://hooks', '.slack.com/services/', 'T', fakeKey(3, 8, UPPER_DIGITS), '/B', fakeKey(4, 8, UPPER_DIGITS), '/', fakeKey(5, 24));
const pgpBody = lines(join('lQOYBGZ', fakeKey(6, 400, BASE64)), 64);
const pgp = join('-----BEGIN PGP ', 'PRIVATE KEY BLOCK-----\n\n', pgpBody, '\n=', fakeKey(7, 4, BASE64), '\n-----END PGP ', 'PRIVATE KEY BLOCK-----');
const dbPassword = fakeKey(8, 10);
const secretKey = join('django-insecure-', fakeKey(9, 30, 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^*'));
const clientSecret = join('GOCSPX-', fakeKey(10, 28, URLSAFE));
const accessToken = join('EAAG', fakeKey(11, 40));
const npm = join('npm', '_', fakeKey(12, 36));
const hf = join('hf', '_', fakeKey(13, 34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'));
const azureKey = join(fakeKey(14, 86, BASE64), '==');
const sendgrid = join('SG', '.', fakeKey(15, 22, URLSAFE), '.', fakeKey(16, 43, URLSAFE));
const anthropic = join('sk-ant', '-api03-', fakeKey(17, 93, URLSAFE), 'AA');
const openai = join('sk-proj', '-', fakeKey(18, 74, URLSAFE), 'T3Blbk', 'FJ', fakeKey(19, 74, URLSAFE));
const github = join('ghp', '_', fakeKey(20, 36));
const bearer = fakeKey(21, 32);
const awsId = join('AKIA', fakeKey(22, 16, UPPER_DIGITS));
const rsaBody = lines(join('MIIEpAIBAAKCAQEA', fakeKey(23, 300, BASE64)), 64);
const rsa = join('-----BEGIN RSA ', 'PRIVATE KEY-----\n', rsaBody, '\n-----END RSA ', 'PRIVATE KEY-----');
const slackBot = join('xoxb', '-', digits(24, 12), '-', digits(25, 13), '-', fakeKey(26, 24));
const githubFine = join('github', '_pat_', fakeKey(27, 82, `${ALNUM}_`));
const google = join('AIza', fakeKey(28, 35, URLSAFE));
const jwt = join('eyJhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.', fakeKey(29, 43, URLSAFE));
const gitlab = join('glpat', '-', fakeKey(30, 20, URLSAFE));

/** Every kind of issue 14's report, then those of issue 5's tests, then a few more of the preset's. */
export const SECRET_CASES: SecretCase[] = [
  { kind: 'AWS secret access key (AWS documentation example)', text: 'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', gone: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'], kept: ['AWS_SECRET_ACCESS_KEY='] },
  { kind: 'AWS secret access key (quoted)', text: `aws_secret_access_key = "${awsSecret}"`, gone: [awsSecret] },
  { kind: 'Stripe live secret key', text: `stripe.api_key is ${stripe}`, gone: [stripe] },
  { kind: 'Slack incoming webhook', text: `post to ${slackHook} when done`, gone: [slackHook.slice('https://hooks.slack.com/services/'.length)] },
  { kind: 'PGP private key block', text: `my key:\n${pgp}\nthanks`, gone: [pgpBody.replace(/\n/g, ''), ...pgpBody.split('\n')] },
  { kind: 'database URL with a placeholder-looking password', text: 'DATABASE_URL=postgres://user:password@db.internal.lan:5432/app', gone: ['user:password@'], kept: ['postgres://user:', '@db.internal.lan:5432/app'] },
  { kind: 'database URL', text: `postgresql://app:${dbPassword}x@10.0.0.7/prod`, gone: [`${dbPassword}x`], kept: ['@10.0.0.7/prod'] },
  { kind: 'password: value', text: 'password: hunter2', gone: ['hunter2'], kept: ['password: '] },
  { kind: 'DB_PASSWORD=', text: `DB_PASSWORD=${dbPassword}`, gone: [dbPassword], kept: ['DB_PASSWORD='] },
  { kind: 'SECRET_KEY=', text: `SECRET_KEY='${secretKey}'`, gone: [secretKey], kept: ['SECRET_KEY='] },
  { kind: '"client_secret":', text: `{"client_id": "1234.apps", "client_secret": "${clientSecret}"}`, gone: [clientSecret], kept: ['"client_secret"'] },
  { kind: 'access_token=', text: `GET https://graph.example.net/me?access_token=${accessToken}&fields=id`, gone: [accessToken], kept: ['&fields=id'] },
  { kind: 'npm token', text: `//registry.npmjs.org/:_authToken=${npm}`, gone: [npm] },
  { kind: 'Hugging Face token', text: `login with ${hf}`, gone: [hf] },
  { kind: 'Azure storage AccountKey', text: `DefaultEndpointsProtocol=https;AccountName=tutorstore;AccountKey=${azureKey};EndpointSuffix=core.windows.net`, gone: [azureKey], kept: ['AccountName=tutorstore'] },
  { kind: 'SendGrid API key', text: `SENDGRID=${sendgrid}`, gone: [sendgrid] },
  { kind: 'URL credentials (short password)', text: 'curl https://admin:pw@host.example.org/x', gone: ['admin:pw@', 'pw@host'], kept: ['https://admin:', '@host.example.org/x'] },
  { kind: 'e-mail address', text: 'mail me at jane.doe+tutor@mailbox.test today', gone: ['jane.doe+tutor@mailbox.test'] },
  { kind: 'Anthropic API key', text: `key ${anthropic}`, gone: [anthropic] },
  { kind: 'OpenAI API key in a variable', text: `OPENAI_API_KEY=${openai}`, gone: [openai], kept: ['OPENAI_API_KEY='] },
  { kind: 'GitHub token', text: `token ${github}`, gone: [github] },
  { kind: 'bearer credentials', text: `Authorization: Bearer ${bearer}`, gone: [bearer], kept: ['Authorization: Bearer '] },
  { kind: 'AWS access key id', text: `aws ${awsId}`, gone: [awsId] },
  { kind: 'password with a longer value', text: 'password: hunter2hunter2', gone: ['hunter2hunter2'] },
  { kind: 'RSA private key', text: rsa, gone: rsaBody.split('\n') },
  { kind: 'Slack bot token', text: `SLACK_BOT=${slackBot}`, gone: [slackBot] },
  { kind: 'GitHub fine-grained token', text: `gh auth login --with-token ${githubFine}`, gone: [githubFine] },
  { kind: 'Google API key', text: `maps key ${google}`, gone: [google] },
  { kind: 'JSON web token', text: `cookie session=${jwt}`, gone: [jwt] },
  { kind: 'GitLab token', text: `glab auth ${gitlab}`, gone: [gitlab] },
];

/**
 * Markdown that shows a key once decoded (issue 14): only the tutor's words are Markdown, so these
 * go in tutor text, reasoning and observations.
 */
export const MARKDOWN_TRICKS: SecretCase[] = [
  { kind: 'an HTML entity for the underscore', text: `use ${github.replace('_', '&#95;')} here`, gone: [github] },
  { kind: 'a hex entity and a named one', text: `${hf.replace('_', '&#x5F;')} and ${npm.replace('_', '&lowbar;')}`, gone: [hf, npm] },
  { kind: 'backslash escapes', text: `key ${anthropic.replace(/-/g, '\\-')}`, gone: [anthropic] },
  { kind: 'emphasis inside the key', text: `${github.slice(0, 10)}**${github.slice(10, 20)}**${github.slice(20)}`, gone: [github] },
  { kind: 'a code span for its second half', text: `${stripe.slice(0, 30)}\`${stripe.slice(30)}\``, gone: [stripe] },
  { kind: 'a link target', text: '[the admin page](https://admin:pw@host.example.org/x)', gone: ['admin:pw@', 'pw@host'] },
  { kind: 'an autolink', text: `<https://app:${dbPassword}@host.example.org/>`, gone: [dbPassword] },
  { kind: 'a code block', text: `\`\`\`sh\nexport SECRET_KEY='${secretKey}'\n\`\`\``, gone: [secretKey] },
  { kind: 'a fence info string', text: `\`\`\`${github}\ncode\n\`\`\``, gone: [github] },
  { kind: 'a key block cut by Markdown paragraphs, header escaped', text: pgp.replace('-----BEGIN', '\\-----BEGIN'), gone: pgpBody.split('\n') },
];

/** What a reader sees of an HTML page: tags gone, entities decoded. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The pieces of the cases' secrets found in the page, its text or its markup: none, if redacted. */
export function leaks(html: string, cases: readonly SecretCase[]): string[] {
  const text = pageText(html);
  const found: string[] = [];
  for (const c of cases) {
    for (const secret of c.gone) {
      const pieces = new Set([secret]);
      for (let i = 0; i + 12 <= secret.length; i++) pieces.add(secret.slice(i, i + 12));
      for (const piece of pieces) if (text.includes(piece) || html.includes(piece)) found.push(`${c.kind}: ${piece}`);
    }
  }
  return found;
}

/** The fragments each case must keep, missing from the page. */
export function missing(html: string, cases: readonly SecretCase[]): string[] {
  const text = pageText(html);
  return cases.flatMap((c) => (c.kept ?? []).filter((k) => !text.includes(k)).map((k) => `${c.kind}: ${k}`));
}
