import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as q,b as R}from"./chunk-HLOPOQG4.js";import{a as C,b as j}from"./chunk-OMZNSY63.js";import{a as k}from"./chunk-ERYEOGYO.js";import{g as _,l as B,m as N}from"./chunk-F26N6BEO.js";import{b as U}from"./chunk-Z3WQFD2H.js";import{O as v,P as M}from"./chunk-YA6WKZ4Z.js";import{b as I}from"./chunk-3RFYOQF3.js";import{a as g}from"./chunk-K22DCFET.js";import{availableParallelism as ie}from"node:os";import{resolve as W}from"node:path";var L={stylish:()=>import("./chunk-7O7MKJRI.js"),json:()=>import("./chunk-EA7TN52Q.js"),compact:()=>import("./chunk-TNFEYN3S.js"),sarif:()=>import("./chunk-ECCDQ5PH.js"),github:()=>import("./chunk-RD67FGVY.js"),junit:()=>import("./chunk-QHVVRRPL.js"),markdown:()=>import("./chunk-KDFEPFHG.js"),gitlab:()=>import("./chunk-XQB6LG4L.js")},x=Object.keys(L);async function D(r){let e=Object.prototype.hasOwnProperty.call(L,r)?L[r]:void 0;return e?(await e()).default:void 0}function z(r,e,t,i){let n=r.frame(e,t);if(n===void 0)return"";let s=[],d=!1;for(let l=0;l<e.length;l++){let m=i[l]??r.piece(e[l],t);m.length!==0&&(s.push(m),typeof m!="string"&&(d=!0))}if(!d)return`${n.head}${s.join(n.separator)}${n.tail}`;let p=Buffer.from(n.separator),E=Buffer.byteLength(n.head)+p.length*(s.length-1)+Buffer.byteLength(n.tail);for(let l of s)E+=typeof l=="string"?Buffer.byteLength(l):l.length;let f=Buffer.allocUnsafe(E),a=f.write(n.head,0);for(let l=0;l<s.length;l++){l>0&&(f.set(p,a),a+=p.length);let m=s[l];typeof m=="string"?a+=f.write(m,a):(f.set(m,a),a+=m.length)}return f.write(n.tail,a),f}import{resolve as V}from"node:path";var w="-";function T(r,e,t){e===w?r.stdout(t):U(V(r.cwd,e),t)}function $(r,e,t){return e===void 0||e===w?void 0:{label:r,path:V(t.cwd,e)}}import{readFileSync as ne}from"node:fs";function Y(){let r=new Map;return(e,t)=>{if(!r.has(e)){let i;try{i=ne(e,"utf8").split(/\r?\n|\r/)}catch{i=void 0}r.set(e,i)}return r.get(e)?.[t-1]}}import{createRequire as re}from"node:module";var oe=re(import.meta.url);function K(r){try{let{execFileSync:e}=oe("node:child_process"),t=e("git",["rev-parse","--show-toplevel"],{cwd:r,encoding:"utf8",stdio:["ignore","pipe","ignore"],timeout:1e4}).trim();return t===""?r:t}catch{return r}}var se=`Usage: mlsys-lint [lint] [options] [paths...]

Paths are files, folders (searched for *.yaml and *.yml, skipping node_modules and
.git) or globs. With no path, designs/.

Output:
  -f, --format NAME[:FILE]  output format (default stylish), one of:
                              ${x.join(", ")}
                            Repeat to write several formats in one run; NAME:FILE
                            writes that format to FILE, e.g.
                              -f github -f sarif:out.sarif
  -o, --output FILE         write the (first) format without :FILE to FILE instead
                            of standard output, atomically (- is standard output)
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
`,ae={format:{type:"string",short:"f",multiple:!0},output:{type:"string",short:"o"},quiet:{type:"boolean"},"max-warnings":{type:"string"},color:{type:"boolean"},"no-color":{type:"boolean"},config:{type:"string",short:"c"},"no-config":{type:"boolean"},rule:{type:"string",multiple:!0},"report-unused-disable-directives":{type:"boolean"},baseline:{type:"string"},"write-baseline":{type:"boolean"},"max-file-size":{type:"string"},cache:{type:"boolean"},"cache-location":{type:"string"},concurrency:{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}},H=".mlsys-lint-baseline.json";function le(r,e){let t=(r&&r.length>0?r:["stylish"]).map(i=>{let n=i.indexOf(":"),s=n===-1?i:i.slice(0,n),d=n===-1?void 0:i.slice(n+1);if(!x.includes(s)){let p=I(s,x);throw new g(`unknown format \`${s}\`; use one of ${x.join(", ")}${p?` (did you mean \`${p}\`?)`:""}`)}if(d==="")throw new g(`-f ${s}: needs a file name after the colon`);return d===void 0?{format:s}:{format:s,file:d}});if(e!==void 0){let i=t.find(n=>n.file===void 0);if(!i)throw new g("-o/--output has no format to write: every -f already names its file");i.file=e}return t}function ce(r){let e=new Map;for(let t of r??[]){let i=t.lastIndexOf(":"),n=i===-1?t:t.slice(0,i),s=i===-1?void 0:_(t.slice(i+1));if(!M(n)){let d=I(n,v.map(p=>p.id));throw new g(`--rule: unknown rule \`${n}\`${d?`; did you mean \`${d}\`?`:""}`)}if(!s)throw new g(`--rule ${t}: write ID:SEVERITY with SEVERITY one of off, info, warn, error`);e.set(n,s)}return e}function ue(r){return r.map(e=>({...e,findings:e.findings.filter(t=>t.severity==="error"),warningCount:0,infoCount:0}))}function fe(r){let e=new Map;for(let{formatter:t,context:i}of r){let n=t.piecewise;n&&e.set(n.pieceKey(i),{key:n.pieceKey(i),piece:s=>n.piece(s,i)})}return[...e.values()]}async function de(r,e){let{values:t,positionals:i}=q(r,ae,"lint");if(t.help)return e.stdout(se),0;let n=R(t["max-warnings"],"--max-warnings"),s=R(t["max-file-size"],"--max-file-size")??5242880,d=R(t.concurrency,"--concurrency")??ie();if(d<1)throw new g("--concurrency needs at least 1");let p=le(t.format,t.output),E=ce(t.rule),f=t["write-baseline"]===!0,a=t.baseline??(f?H:void 0);if(t["cache-location"]===w)throw new g("--cache-location: the cache cannot be standard output; give a folder or a file");if(a===w&&!f)throw new g("--baseline: give the baseline file to read (- is standard output, for --write-baseline only)");let l=a&&!f?N(W(e.cwd,a)):void 0,m=f?[$("the baseline being written",a,e)]:p.map(o=>$(`the -f ${o.format} output`,o.file,e)),S=t["no-color"]?!1:t.color?!0:void 0,Z=new Date,G=performance.now(),J=p.some(o=>o.format==="sarif")?K(e.cwd):e.cwd,Q=Y(),O=await Promise.all(p.map(async o=>{let u=o.file===void 0||o.file===w,h=u?j(S,e):S===!0,y=u&&e.stdoutIsTTY?e.columns:void 0,b={cwd:e.cwd,color:h,rules:v,toolVersion:C(),startedAt:Z,sourceRoot:J,sourceLine:Q};return y!==void 0&&(b.width=y),n!==void 0&&(b.maxWarnings=n),{target:o,formatter:await D(o.format),context:b}})),A=t.cache&&!t.quiet&&!f?fe(O):[],c=await k(i.length>0?i:["designs/"],{cwd:e.cwd,useConfigFiles:t["no-config"]!==!0,...t.config?{configFile:t.config}:{},cliRules:E,reportUnusedDisableDirectives:t["report-unused-disable-directives"]===!0,...l?{baseline:l}:{},maxFileSize:s,concurrency:d,cache:t.cache===!0,...t["cache-location"]?{cacheLocation:t["cache-location"]}:{},toolVersion:C(),...A.length>0?{pieces:A}:{},outputs:m.filter(o=>o!==void 0)});for(let o of c.missing)e.stderr(`mlsys-lint: ${o}
`);for(let o of c.warnings)e.stderr(`mlsys-lint: warning: ${o}
`);if(f){let o=W(e.cwd,a===w?H:a);T(e,a,B(c.results,o));let u=c.results.reduce((h,y)=>h+y.errorCount+y.warningCount,0);return e.stderr(`mlsys-lint: recorded ${u} finding${u===1?"":"s"} in ${a}
`),c.missing.length>0||c.crashes.length>0?2:0}let F=t.quiet?ue(c.results):c.results,ee=performance.now()-G;for(let o of O)o.context.rules=c.rules;for(let{target:o,formatter:u,context:h}of O){h.elapsedMs=ee;let y=u.piecewise&&F===c.results?c.pieces?.get(u.piecewise.pieceKey(h)):void 0,b=y?z(u.piecewise,F,h,y):u(F,h);T(e,o.file??w,b)}for(let o of c.crashes)e.stderr(`mlsys-lint: ${o.message}
`),t.debug&&o.original instanceof Error&&o.original.stack&&e.stderr(`${o.original.stack}
`);if(c.crashes.length>0||c.missing.length>0)return 2;let te=F.reduce((o,u)=>o+u.errorCount,0),P=F.reduce((o,u)=>o+u.warningCount,0);return te>0?1:n!==void 0&&P>n?(e.stderr(`mlsys-lint: too many warnings (${P}); at most ${n} allowed (--max-warnings)
`),1):0}export{w as a,T as b,$ as c,se as d,H as e,le as f,ce as g,de as h};
