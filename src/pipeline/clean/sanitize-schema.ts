import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What article HTML may keep: GitHub's allow-list (no script, no event handlers, no `style`,
 * only http(s)/mailto links), minus form controls, with the contents of style-like elements dropped
 * rather than leaked as text.
 */
export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'picture', 'source'].includes(tag)),
  strip: ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'head'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
};
