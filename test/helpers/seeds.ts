import { readFileSync } from 'node:fs';

export function seed(file: string): string {
  return readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');
}

/** Whitespace removed: the seeds break lines inside words ("构建学习\n\n型组织"). */
export function squash(s: string): string {
  return s.replace(/\s+/gu, '');
}

const CHAPTER = /^([一二三四五六七八九十]+)、/u;
const SECTION = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]/u;
const ITEM = /^(\d+)[.．]/u;
const SUBITEM = /^（(\d+)）/u;

/**
 * The ids of the numbered provisions of a text in the 一、（一）1.（1） style, as the
 * policies number their clauses: '一（三）1', '四（一）4（1）'. Independent of the
 * library, so a provision the encoding forgot is found.
 */
export function numberedProvisions(text: string, stopAt?: string): string[] {
  const ids: string[] = [];
  let chapter = '';
  let section = '';
  let item = '';
  for (const raw of text.split('\n')) {
    if (stopAt && raw.includes(stopAt)) break;
    const line = raw.replace(/^\[bookmark: [^\]]*\]/u, '').trim();
    const c = CHAPTER.exec(line);
    const s = chapter ? SECTION.exec(line) : null;
    const i = chapter ? ITEM.exec(line) : null;
    const u = chapter ? SUBITEM.exec(line) : null;
    if (c) {
      chapter = c[1] as string;
      section = '';
      item = '';
      ids.push(chapter);
    } else if (s) {
      section = `（${s[1]}）`;
      item = '';
      ids.push(chapter + section);
    } else if (i) {
      item = i[1] as string;
      ids.push(chapter + section + item);
    } else if (u) {
      ids.push(`${chapter}${section}${item}（${u[1]}）`);
    }
  }
  return ids;
}

const ARTICLE = /^(第[一二三四五六七八九十]+条)/u;
const CHAPTER_HEADING = /^(第[一二三四五六七八九十]+章)/u;

/**
 * The ids of the provisions of a text in the 第X条（一）1. style, as the policies number
 * their clauses: '第五条（二）6', '第十一条（四）1', '第三章'. Independent of the library.
 */
export function articleProvisions(text: string): string[] {
  const ids: string[] = [];
  let article = '';
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const h = CHAPTER_HEADING.exec(line);
    const a = ARTICLE.exec(line);
    const s = article ? SECTION.exec(line) : null;
    const i = article ? ITEM.exec(line) : null;
    if (h) {
      ids.push(h[1] as string);
      article = '';
      section = '';
    } else if (a) {
      article = a[1] as string;
      section = '';
      ids.push(article);
    } else if (s) {
      section = `（${s[1]}）`;
      ids.push(article + section);
    } else if (i) ids.push(article + section + i[1]);
  }
  return ids;
}
