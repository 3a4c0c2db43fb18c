import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as P}from"./chunk-HLOPOQG4.js";import{c as T}from"./chunk-T7QLZPKE.js";import"./chunk-OWKH4QOK.js";import{a as g,b as $,c as x}from"./chunk-DZEDEKYJ.js";import"./chunk-N5R4MIOW.js";import"./chunk-WMEHS7OQ.js";import"./chunk-ZWZQXFMR.js";import{a as b}from"./chunk-RE43HNYH.js";import"./chunk-PBGEVNTL.js";import{x as w}from"./chunk-TX6BTXBU.js";import"./chunk-ZDGW4KWW.js";import"./chunk-3RFYOQF3.js";import{a as f}from"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";import{relative as _}from"node:path";var E=`Usage: mlsys-lint score [paths...] [--trait NAME=VALUE ...] [-f text|json]

The should-use-ML scorer's verdict, points and reasons for each design, or for
traits given on the command line (then no design is read):

  --trait has_patterns=true|false
  --trait data_size=small|medium|large
  --trait rule_complexity=low|high
  --trait needs_generalization=true|false
  --trait needs_interpretability=true|false

Options:
  -f, --format text|json   output format (default text)
  -h, --help               show this help
`,y={trait:{type:"string",multiple:!0},format:{type:"string",short:"f"},help:{type:"boolean",short:"h"}},S={has_patterns:["true","false"],data_size:["small","medium","large"],rule_complexity:["low","high"],needs_generalization:["true","false"],needs_interpretability:["true","false"]};function O(t){let s={};for(let r of t){let[e="",o=""]=r.split("=",2);if(!g.includes(e))throw new f(`--trait: unknown trait \`${e}\`; use one of ${g.join(", ")}`);let l=S[e];if(!l.includes(o))throw new f(`--trait ${e}: value must be one of ${l.join(", ")}; got \`${o}\``);s[e]=o==="true"?!0:o==="false"?!1:o}return s}function v(t,s){let r=[];if(r.push(t.filePath?`${_(s,t.filePath)} (${t.id})`:"traits from the command line"),r.push(`  recommendation: ${t.recommendation} (ML ${t.mlScore} : traditional ${t.traditionalScore})`),typeof t.approach=="string"){let e=t.recommendation==="consider-both"||t.approach==="hybrid"||t.approach===t.recommendation;r.push(`  approach: ${t.approach} (${e?"agrees":"disagrees"})`)}for(let e of t.reasons)r.push(`  ${`${e.favors==="ml"?"ML":"traditional"} +${e.points}`.padEnd(15)} ${e.trait.padEnd(23)} ${e.text}`);return t.missingTraits.length>0&&r.push(`  missing traits (scored with defaults): ${t.missingTraits.join(", ")}`),`${r.join(`
`)}
`}async function A(t,s){let{values:r,positionals:e}=P(t,y,"score");if(r.help)return s.stdout(E),0;let o=r.format??"text";if(o!=="text"&&o!=="json")throw new f(`unknown format \`${o}\` for score; use text or json`);let l=[],c=0;if(r.trait&&r.trait.length>0){if(e.length>0)throw new f("give either paths or --trait flags, not both");let a=O(r.trait);l.push({filePath:null,id:null,traits:a,...$(a)})}else{let{files:a,missing:m}=await b(e.length>0?e:["designs/"],s.cwd,()=>!1);for(let n of m)s.stderr(`mlsys-lint: ${n}
`);m.length>0&&(c=2);for(let n of a){let i=T(n),d=i.problems.find(h=>h.fatal);if(d){s.stderr(`mlsys-lint: ${_(s.cwd,n)}:${d.range.line}:${d.range.column}: cannot score a design that does not parse
`),c=Math.max(c,1);continue}let p=x(i.data),u=i.data!==null&&typeof i.data=="object"?i.data.approach:void 0;l.push({filePath:n,id:w(n,i.data),traits:p,...$(p),...u!==void 0?{approach:u}:{}})}}if(o==="json"){let a=l.map(({filePath:m,id:n,traits:i,missingTraits:d,mlScore:p,traditionalScore:u,recommendation:h,reasons:j})=>({filePath:m,id:n,traits:i,missingTraits:d,mlScore:p,traditionalScore:u,recommendation:h,reasons:j}));s.stdout(`${JSON.stringify(a,null,2)}
`)}else s.stdout(l.map(a=>v(a,s.cwd)).join(`
`));return c}export{E as SCORE_HELP,A as default,O as traitsFromFlags};
