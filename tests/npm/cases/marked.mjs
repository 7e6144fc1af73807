// marked@14: Markdown to HTML, custom renderer and lexer tokens.
import { marked, Marked, Lexer } from 'marked';

const md = `# Title with *emphasis*

Some **bold** text, \`code\`, a [link](https://example.com "t") and ~~strike~~.

- item one
- item two
  1. nested
  2. list

> quote

| a | b |
|---|:-:|
| 1 | 2 |

\`\`\`js
const x = 1 < 2;
\`\`\`

<div>raw html</div>

Autolink: https://example.org/path?q=1
`;
console.log(marked.parse(md));
const custom = new Marked({
  renderer: { heading({ tokens, depth }) { return `<h${depth} class="custom">${this.parser.parseInline(tokens)}</h${depth}>\n`; } },
  gfm: true,
  breaks: true,
});
console.log(custom.parse('## Hi _there_\nline\nbreak'));
console.log(marked.parseInline('**inline** only'));
console.log(Lexer.lex('# h\n\ntext').map((t) => `${t.type}:${JSON.stringify(t.raw)}`));
