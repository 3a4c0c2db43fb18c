import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as S}from"./chunk-HLOPOQG4.js";import{a as x}from"./chunk-2VO2L2CS.js";import{e as M}from"./chunk-HYWQYV3K.js";import"./chunk-O5SOVCLR.js";import"./chunk-PBGEVNTL.js";import{a as I,b as y}from"./chunk-2BS4YTDL.js";import{a as E}from"./chunk-K22DCFET.js";import{d as P}from"./chunk-OOEDKO62.js";import{existsSync as j}from"node:fs";import{dirname as H,relative as _,resolve as b,sep as F}from"node:path";var o=P(I(),1);import{readFileSync as C}from"node:fs";import{fileURLToPath as O}from"node:url";var m=["recommendation","fraud-detection","search-ranking","content-moderation","minimal"],f="minimal",h=/^[a-z0-9]+(-[a-z0-9]+)*$/,T="https://mlsys-lint.dev/schemas/ml-system-design.schema.json",R=new URL("../../templates/designs/",import.meta.url),c=O(new URL("../../schemas/ml-system-design.schema.json",import.meta.url)),U=/^# yaml-language-server: \$schema=.*$/m;function A(t){return m.includes(t)}function $(t){return C(new URL(`${t}.yaml`,R),"utf8")}function D(t){return t.split("-").map(e=>e.charAt(0).toUpperCase()+e.slice(1)).join(" ")}function v(t){try{if((0,o.parse)(t)===t&&!t.includes("#")&&!t.includes(": "))return t}catch{}return JSON.stringify(t)}function w(t,e){if(!h.test(e.id))throw new Error(`not a design id: ${e.id}`);let s=$(t),a=(0,o.parseDocument)(s);if(!(0,o.isMap)(a.contents))throw new Error(`template ${t} is not a mapping`);let i=[];for(let[r,d]of[["id",e.id],["name",e.name??D(e.id)]]){let n=a.contents.get(r,!0);if(!(0,o.isScalar)(n)||!n.range)throw new Error(`template ${t} has no scalar \`${r}\``);i.push({range:[n.range[0],n.range[1]],value:v(d)})}for(let{range:r,value:d}of i.sort((n,p)=>p.range[0]-n.range[0]))s=s.slice(0,r[0])+d+s.slice(r[1]);return s.replace(U,`# yaml-language-server: $schema=${e.schema}`)}var L="new-design",G=`Usage: mlsys-lint init [NAME] [options]

Starts a new design from a template. NAME (default ${L}) becomes the
design's id, its file name and, in title case, its name; it is lowercase letters and
digits in words joined by hyphens, e.g. fraud-scoring. The design is written to
designs/NAME.yaml. An existing file is never overwritten.

The new design is valid against the schema; its TODO placeholders lint as warnings
(rule meta/todo) until they are filled in.

Options:
  -t, --template NAME   ${m.join(", ")}
                        (default ${f})
  -o, --output FILE     write to FILE instead of designs/NAME.yaml; - for standard output
  -h, --help            show this help

Exit codes: 0 created, 2 usage error or the file already exists.
`,k={template:{type:"string",short:"t"},output:{type:"string",short:"o"},help:{type:"boolean",short:"h"}};function K(t,e){return e===void 0||!x(t,c)||!j(c)?T:_(H(e),c).split(F).join("/")}async function z(t,e){let{values:s,positionals:a}=S(t,k,"init");if(s.help)return e.stdout(G),0;if(a.length>1)throw new E(`init takes one NAME, got ${a.length}: ${a.join(" ")}`);let i=s.template??f;if(!A(i)){let l=y(i,m);throw new E(`unknown template \`${i}\`; use one of ${m.join(", ")}${l?` (did you mean \`${l}\`?)`:""}`)}let r=a[0]??L;if(!h.test(r))throw new E(`invalid design name \`${r}\`: use lowercase letters and digits in words joined by single hyphens, e.g. fraud-scoring`);let n=s.output==="-"?void 0:b(e.cwd,s.output??`designs/${r}.yaml`),p=w(i,{id:r,schema:K(e.cwd,n)});if(n===void 0)return e.stdout(p),0;let g=_(e.cwd,n)||n,N;try{N=M(n,p)}catch(l){let u=l.code;return e.stderr(`mlsys-lint: cannot write ${g}: ${u==="EACCES"||u==="EPERM"?"permission denied":u==="ENOTDIR"?"a parent is not a folder":u??String(l)}
`),2}return N?(e.stdout(`Created ${g} from the ${i} template.
Fill in its TODOs, then run: mlsys-lint ${g}
`),0):(e.stderr(`mlsys-lint: ${g} already exists; init never overwrites a file (choose another NAME or -o FILE)
`),2)}export{L as DEFAULT_DESIGN_NAME,G as INIT_HELP,z as default};
