import type { BlockContent, List, ListItem, Paragraph, Root } from 'mdast';

// Bullet glyphs and numbering used by plain-text exports.
const BULLET = /^\s*(?:[•●▪◦‣∙·\-*–]|\d{1,3}[.)])\s+/;
// A subheading: one short line without closing punctuation.
const TERMINAL = /[.!?:;,…]$/;
const CLOSERS = /["”’')\]]+$/;

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/** Whether a single line reads like a heading rather than a sentence. */
export function isHeadingLike(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  return text.length <= 120 && words >= 2 && !TERMINAL.test(text.replace(CLOSERS, '')) && /^[\p{Lu}\p{N}"“‘']/u.test(text);
}

function listFrom(lines: string[]): List {
  const ordered = /^\s*\d/.test(lines[0] ?? '');
  const items: ListItem[] = lines.map((line) => ({ type: 'listItem', spread: false, children: [paragraph(line.replace(BULLET, '').trim())] }));
  return { type: 'list', ordered, spread: false, children: items };
}

/**
 * Plain text to a Markdown tree. Blank lines separate paragraphs; lines inside a paragraph are
 * soft-wrapped and joined; runs of bulleted lines become lists; a short line with no closing
 * punctuation between paragraphs becomes a subheading. Text is kept as text nodes, so characters
 * like `*` or `#` are escaped on output rather than read as Markdown.
 */
export function textToMdast(text: string): Root {
  const blocks = text.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim() !== '')).filter((b) => b.length > 0);
  const children: BlockContent[] = [];
  blocks.forEach((lines, i) => {
    let prose: string[] = [];
    let bullets: string[] = [];
    const flush = () => {
      if (prose.length > 0) {
        const joined = prose.map((l) => l.trim()).join(' ');
        const isLast = i === blocks.length - 1;
        children.push(prose.length === 1 && !isLast && i > 0 && isHeadingLike(joined) ? { type: 'heading', depth: 2, children: [{ type: 'text', value: joined }] } : paragraph(joined));
        prose = [];
      }
      if (bullets.length > 0) {
        children.push(listFrom(bullets));
        bullets = [];
      }
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        if (prose.length > 0) flush();
        bullets.push(line);
      } else {
        if (bullets.length > 0) flush();
        prose.push(line);
      }
    }
    flush();
  });
  return { type: 'root', children };
}
