import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(process.argv[3] ?? 1280), height: 900 } });
await page.goto(process.argv[2]);
if (process.argv[5]) await page.evaluate((y) => window.scrollTo(0, y), Number(process.argv[5]));
await page.screenshot({ path: process.argv[4] ?? '/tmp/full.png', fullPage: false });
console.log(await page.evaluate(() => document.documentElement.scrollHeight));
await browser.close();
