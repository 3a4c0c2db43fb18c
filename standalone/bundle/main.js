import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as c}from"./chunk-K2JL3DC4.js";import{a as d,c as l}from"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";var m={lint:{summary:"lint designs (the default command)",load:()=>import("./chunk-C7ZG4TUU.js")},score:{summary:"the should-use-ML verdict for designs or for traits",load:()=>import("./chunk-UHSHMTM2.js")},report:{summary:"write Markdown reports with Mermaid diagrams",load:()=>import("./chunk-336ADUZS.js")},init:{summary:"start a new design from a template",load:()=>import("./chunk-V5KG3TNO.js")},rules:{summary:"list the rule catalogue",load:()=>import("./chunk-OFDKLROB.js")},diff:{summary:"review design changes against a git revision",load:()=>import("./chunk-ZU3NBC3M.js")},lsp:{summary:"a language server for editors (docs/editors.md)",load:()=>import("./chunk-IJ64SIAM.js")}},g=`Usage: mlsys-lint [command] [options] [paths...]

Lint ML system designs written as YAML (the 7-step ML system design framework).

Commands:
${Object.entries(m).map(([e,t])=>`  ${e.padEnd(8)}${t.summary}`).join(`
`)}

With no command, \`lint\` runs; with no path, \`designs/\`.
Run \`mlsys-lint <command> --help\` for a command's options.

Options:
  -h, --help     show help
  -v, --version  show the version
      --debug    show stack traces for internal errors
`,a=["--debug","--color","--no-color","--help","-h"],h={lint:a,report:["--debug","--help","-h"]},u=e=>e!==void 0&&Object.prototype.hasOwnProperty.call(m,e);function f(e){let t=0;for(;t<e.length&&a.includes(e[t]);)t++;let r=u(e[t])?e[t]:"lint",o=r==="lint"&&!u(e[t])?[...e]:[...e.slice(0,t),...e.slice(t+1)],n=h[r]??["--help","-h"],s=o.indexOf("--");return{name:r,rest:o.filter((i,p)=>s!==-1&&p>s||!a.includes(i)||n.includes(i))}}async function L(e,t){let r=[...e],o=r.includes("--debug");try{if(r[0]==="--version"||r[0]==="-v")return t.stdout(`${c()}
`),0;if(r.length===1&&(r[0]==="--help"||r[0]==="-h"))return t.stdout(g),0;let{name:n,rest:s}=f(r),i=(await m[n].load()).default;return await i(s,t)}catch(n){if(n instanceof d)return t.stderr(`mlsys-lint: ${n.message}
`),2;if(n instanceof l)return t.stderr(`mlsys-lint: invalid configuration: ${n.message}
`),2;let s=n instanceof Error?n.message:String(n);return t.stderr(`mlsys-lint: internal error: ${s}
`),o&&n instanceof Error&&n.stack?t.stderr(`${n.stack}
`):t.stderr(`Run again with --debug for the stack trace, and please report it.
`),2}}export{g as GLOBAL_HELP,L as main};
