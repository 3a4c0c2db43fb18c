import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as _,b as x}from"./chunk-HLOPOQG4.js";import{a as E,b as T}from"./chunk-K2JL3DC4.js";import{b as L}from"./chunk-447CTLDR.js";import{a as j,c as B,d as k,f as M}from"./chunk-GDCOH2NG.js";import{r as I,s as A}from"./chunk-DXNM6KPE.js";import{b as C}from"./chunk-ND4J55E5.js";import{a as g}from"./chunk-K22DCFET.js";import{availableParallelism as D}from"node:os";import{resolve as R}from"node:path";var O={stylish:()=>import("./chunk-6P27DSGN.js"),json:()=>import("./chunk-XTFOSE3A.js"),compact:()=>import("./chunk-TOBGQG2X.js"),sarif:()=>import("./chunk-6UQKV4XA.js"),github:()=>import("./chunk-BMMSAOI7.js"),junit:()=>import("./chunk-YIWGC25P.js"),markdown:()=>import("./chunk-VKZOSKGA.js"),gitlab:()=>import("./chunk-ACBAOD7V.js")},F=Object.keys(O);async function N(s){let t=Object.prototype.hasOwnProperty.call(O,s)?O[s]:void 0;return t?(await t()).default:void 0}function U(s,t,e,o){let n=s.frame(t,e);if(n===void 0)return"";let i=[],f=!1;for(let a=0;a<t.length;a++){let p=o[a]??s.piece(t[a],e);p.length!==0&&(i.push(p),typeof p!="string"&&(f=!0))}if(!f)return`${n.head}${i.join(n.separator)}${n.tail}`;let m=Buffer.from(n.separator),b=Buffer.byteLength(n.head)+m.length*(i.length-1)+Buffer.byteLength(n.tail);for(let a of i)b+=typeof a=="string"?Buffer.byteLength(a):a.length;let d=Buffer.allocUnsafe(b),u=d.write(n.head,0);for(let a=0;a<i.length;a++){a>0&&(d.set(m,u),u+=m.length);let p=i[a];typeof p=="string"?u+=d.write(p,u):(d.set(p,u),u+=p.length)}return d.write(n.tail,u),d}var V=`Usage: mlsys-lint [lint] [options] [paths...]

Paths are files, folders (searched for *.yaml and *.yml, skipping node_modules and
.git) or globs. With no path, designs/.

Output:
  -f, --format NAME[:FILE]  output format (default stylish), one of:
                              ${F.join(", ")}
                            Repeat to write several formats in one run; NAME:FILE
                            writes that format to FILE, e.g.
                              -f github -f sarif:out.sarif
  -o, --output FILE         write the (first) format without :FILE to FILE instead
                            of standard output, atomically
      --quiet               report errors only
      --max-warnings N      exit 1 when there are more than N warnings
      --color, --no-color   force colour on or off (default: on for a terminal,
                            honouring NO_COLOR and FORCE_COLOR)

Configuration:
  -c, --config FILE         use this config file instead of searching for one
      --no-config           ignore config files: recommended preset only
      --rule ID:SEVERITY    set a rule's severity (off, info, warn, error);
                            repeatable, wins over config files
      --report-unused-disable-directives
                            report inline directives that suppressed nothing
      --baseline FILE       leave out findings recorded in FILE
      --write-baseline      record today's findings in the baseline file
                            (--baseline FILE, default .mlsys-lint-baseline.json)
      --max-file-size BYTES refuse larger files with a finding (default ${5242880})

Speed:
      --cache               skip files unchanged since the last run (content
                            hash, configuration and tool version)
      --cache-location PATH where to keep the cache: a folder or a file
                            (default node_modules/.cache/mlsys-lint/)
      --concurrency N       threads to lint with when there are many files
                            (default: the number of cores; 1 for none)

Other:
      --debug               show stack traces for internal errors
  -h, --help                show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error,
unreadable path, invalid configuration or internal error.
`,Y={format:{type:"string",short:"f",multiple:!0},output:{type:"string",short:"o"},quiet:{type:"boolean"},"max-warnings":{type:"string"},color:{type:"boolean"},"no-color":{type:"boolean"},config:{type:"string",short:"c"},"no-config":{type:"boolean"},rule:{type:"string",multiple:!0},"report-unused-disable-directives":{type:"boolean"},baseline:{type:"string"},"write-baseline":{type:"boolean"},"max-file-size":{type:"string"},cache:{type:"boolean"},"cache-location":{type:"string"},concurrency:{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}},K=".mlsys-lint-baseline.json";function H(s,t){let e=(s&&s.length>0?s:["stylish"]).map(o=>{let n=o.indexOf(":"),i=n===-1?o:o.slice(0,n),f=n===-1?void 0:o.slice(n+1);if(!F.includes(i)){let m=C(i,F);throw new g(`unknown format \`${i}\`; use one of ${F.join(", ")}${m?` (did you mean \`${m}\`?)`:""}`)}if(f==="")throw new g(`-f ${i}: needs a file name after the colon`);return f===void 0?{format:i}:{format:i,file:f}});if(t!==void 0){let o=e.find(n=>n.file===void 0);if(!o)throw new g("-o/--output has no format to write: every -f already names its file");o.file=t}return e}function W(s){let t=new Map;for(let e of s??[]){let o=e.lastIndexOf(":"),n=o===-1?e:e.slice(0,o),i=o===-1?void 0:j(e.slice(o+1));if(!A(n)){let f=C(n,I.map(m=>m.id));throw new g(`--rule: unknown rule \`${n}\`${f?`; did you mean \`${f}\`?`:""}`)}if(!i)throw new g(`--rule ${e}: write ID:SEVERITY with SEVERITY one of off, info, warn, error`);t.set(n,i)}return t}function X(s){return s.map(t=>({...t,findings:t.findings.filter(e=>e.severity==="error"),warningCount:0,infoCount:0}))}function Z(s){let t=new Map;for(let{formatter:e,context:o}of s){let n=e.piecewise;n&&t.set(n.pieceKey(o),{key:n.pieceKey(o),piece:i=>n.piece(i,o)})}return[...t.values()]}async function G(s,t){let{values:e,positionals:o}=_(s,Y,"lint");if(e.help)return t.stdout(V),0;let n=x(e["max-warnings"],"--max-warnings"),i=x(e["max-file-size"],"--max-file-size")??5242880,f=x(e.concurrency,"--concurrency")??D();if(f<1)throw new g("--concurrency needs at least 1");let m=H(e.format,e.output),b=W(e.rule),d=e["write-baseline"]===!0,u=e.baseline??(d?K:void 0),a=u&&!d?k(R(t.cwd,u)):void 0,p=e["no-color"]?!1:e.color?!0:void 0,$=await Promise.all(m.map(async r=>{let c=r.file===void 0?T(p,t):p===!0;return{target:r,formatter:await N(r.format),context:{cwd:t.cwd,color:c,rules:I,toolVersion:E()}}})),v=e.cache&&!e.quiet&&!d?Z($):[],l=await M(o.length>0?o:["designs/"],{cwd:t.cwd,useConfigFiles:e["no-config"]!==!0,...e.config?{configFile:e.config}:{},cliRules:b,reportUnusedDisableDirectives:e["report-unused-disable-directives"]===!0,...a?{baseline:a}:{},maxFileSize:i,concurrency:f,cache:e.cache===!0,...e["cache-location"]?{cacheLocation:e["cache-location"]}:{},toolVersion:E(),...v.length>0?{pieces:v}:{}});for(let r of l.missing)t.stderr(`mlsys-lint: ${r}
`);for(let r of l.warnings)t.stderr(`mlsys-lint: warning: ${r}
`);if(d){let r=R(t.cwd,u);L(r,B(l.results,r));let c=l.results.reduce((h,w)=>h+w.errorCount+w.warningCount,0);return t.stderr(`mlsys-lint: recorded ${c} finding${c===1?"":"s"} in ${u}
`),l.missing.length>0||l.crashes.length>0?2:0}let y=e.quiet?X(l.results):l.results;for(let{target:r,formatter:c,context:h}of $){let w=c.piecewise&&y===l.results?l.pieces?.get(c.piecewise.pieceKey(h)):void 0,S=w?U(c.piecewise,y,h,w):c(y,h);r.file===void 0?t.stdout(S):L(R(t.cwd,r.file),S)}for(let r of l.crashes)t.stderr(`mlsys-lint: ${r.message}
`),e.debug&&r.original instanceof Error&&r.original.stack&&t.stderr(`${r.original.stack}
`);if(l.crashes.length>0||l.missing.length>0)return 2;let z=y.reduce((r,c)=>r+c.errorCount,0),P=y.reduce((r,c)=>r+c.warningCount,0);return z>0?1:n!==void 0&&P>n?(t.stderr(`mlsys-lint: too many warnings (${P}); at most ${n} allowed (--max-warnings)
`),1):0}export{V as a,K as b,H as c,W as d,G as e};
