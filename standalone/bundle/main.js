import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as m}from"./chunk-OMZNSY63.js";import{a as o,c as i}from"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";var a={lint:{summary:"lint designs (the default command)",load:()=>import("./chunk-4CORBTKY.js")},score:{summary:"the should-use-ML verdict for designs or for traits",load:()=>import("./chunk-6F4MDHJE.js")},report:{summary:"write Markdown reports with Mermaid diagrams",load:()=>import("./chunk-MJMKK3FB.js")},init:{summary:"start a new design from a template",load:()=>import("./chunk-UVKBUAZP.js")},rules:{summary:"list the rule catalogue",load:()=>import("./chunk-JFSRSOE6.js")},diff:{summary:"review design changes against a git revision",load:()=>import("./chunk-SJNHR45O.js")}},l=`Usage: mlsys-lint [command] [options] [paths...]

Lint ML system designs written as YAML (the 7-step ML system design framework).

Commands:
${Object.entries(a).map(([e,t])=>`  ${e.padEnd(8)}${t.summary}`).join(`
`)}

With no command, \`lint\` runs; with no path, \`designs/\`.
Run \`mlsys-lint <command> --help\` for a command's options.

Options:
  -h, --help     show help
  -v, --version  show the version
      --debug    show stack traces for internal errors
`;async function p(e,t){let s=[...e],d=s.includes("--debug");try{if(s[0]==="--version"||s[0]==="-v")return t.stdout(`${m()}
`),0;if(s.length===1&&(s[0]==="--help"||s[0]==="-h"))return t.stdout(l),0;let r=s[0]!==void 0&&Object.prototype.hasOwnProperty.call(a,s[0])?s.shift():"lint",n=(await a[r].load()).default;return await n(s,t)}catch(r){if(r instanceof o)return t.stderr(`mlsys-lint: ${r.message}
`),2;if(r instanceof i)return t.stderr(`mlsys-lint: invalid configuration: ${r.message}
`),2;let n=r instanceof Error?r.message:String(r);return t.stderr(`mlsys-lint: internal error: ${n}
`),d&&r instanceof Error&&r.stack?t.stderr(`${r.stack}
`):t.stderr(`Run again with --debug for the stack trace, and please report it.
`),2}}export{l as GLOBAL_HELP,p as main};
