import * as pagefind from 'pagefind';
const site = process.argv[2]!;
let t = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
const added = await index!.addDirectory({ path: site });
console.log('addDirectory', added.page_count, Math.round(performance.now() - t)); t = performance.now();
const w = await index!.writeFiles({ outputPath: '/tmp/pf-out' });
console.log('writeFiles', Math.round(performance.now() - t), w.errors);
await pagefind.close();
