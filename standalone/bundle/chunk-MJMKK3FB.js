import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{d as I}from"./chunk-YULF3OZB.js";import{a as R,b as E}from"./chunk-HLOPOQG4.js";import"./chunk-OWKH4QOK.js";import{a as h}from"./chunk-K22DCFET.js";import{b as p}from"./chunk-CGJLLPAQ.js";import"./chunk-OOEDKO62.js";import{resolve as k}from"node:path";var D=`Usage: mlsys-lint report -o DIR [options] [paths...]

Writes a Markdown report for each design (DIR/<id>.md) and an index (DIR/index.md),
with Mermaid diagrams. Paths are as for lint; with no path, designs/.

Output:
  -o, --output DIR          the report folder (required); nothing is written
                            outside it, and files are replaced atomically
      --check               write nothing; exit 1 listing the reports that are
                            missing or out of date (for CI that commits reports)
      --svg                 draw every diagram as DIR/<name>.svg (with its Mermaid
                            source in DIR/<name>.mmd) in one headless Chromium, and
                            link the images instead of Mermaid blocks. Needs the
                            optional peer @mermaid-js/mermaid-cli and a Chromium
                            (PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium or PATH)
      --template FILE       design report template (default templates/report.md)
      --index-template FILE index template (default templates/index.md)
      --rule-docs BASE      link each finding to BASE<rule-id>.md, e.g. ../rules/
                            (default: the published rule docs)

Configuration:
  -c, --config FILE         use this config file instead of searching for one
      --no-config           ignore config files: recommended preset only
      --rule ID:SEVERITY    set a rule's severity (off, info, warn, error); repeatable
      --max-file-size BYTES refuse larger files with a finding (default ${5242880})

Other:
      --debug               show stack traces for internal errors
  -h, --help                show this help

Exit codes: 0 reports written (or up to date with --check), 1 --check found
reports missing or out of date, 2 usage error, unreadable path, invalid
configuration or template, no Chromium (or one that failed) for --svg, or
internal error.
`,C={output:{type:"string",short:"o"},check:{type:"boolean"},svg:{type:"boolean"},template:{type:"string"},"index-template":{type:"string"},"rule-docs":{type:"string"},config:{type:"string",short:"c"},"no-config":{type:"boolean"},rule:{type:"string",multiple:!0},"max-file-size":{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}};async function O(u,s){let{values:e,positionals:l}=R(u,C,"report");if(e.help)return s.stdout(D),0;let o=e.output;if(o===void 0||o==="")throw new h("report needs the folder to write to: -o DIR (see `mlsys-lint report --help`)");let r=e["rule-docs"];if(r==="")throw new h("--rule-docs needs a URL or a relative path ending in /");let d=e.svg&&!e.check?I(s.env):void 0;try{let{cliRuleSeverities:c}=await import("./chunk-4CORBTKY.js"),f={cwd:s.cwd,outDir:o,useConfigFiles:e["no-config"]!==!0,...e.config?{configFile:e.config}:{},cliRules:c(e.rule),reportUnusedDisableDirectives:!1,maxFileSize:E(e["max-file-size"],"--max-file-size")??5242880,...e.template?{template:e.template}:{},...e["index-template"]?{indexTemplate:e["index-template"]}:{},...r!==void 0?{ruleDocsBase:r}:{},svg:e.svg===!0},i=l.length>0?l:["designs/"];return await P(i,f,{check:e.check===!0,debug:e.debug===!0},d,s)}finally{await d?.close()}}async function P(u,s,{check:e,debug:l},o,r){let{buildReports:d,checkReports:c,writeReports:f}=await import("./chunk-IEYRHFMO.js"),i=s.outDir,n=await d(u,s);for(let t of n.run.missing)r.stderr(`mlsys-lint: ${t}
`);for(let t of n.run.warnings)r.stderr(`mlsys-lint: warning: ${t}
`);for(let t of n.run.crashes)r.stderr(`mlsys-lint: ${t.message}
`),l&&t.original instanceof Error&&t.original.stack&&r.stderr(`${t.original.stack}
`);if(n.run.missing.length>0||n.run.crashes.length>0)return r.stderr(`mlsys-lint: no report was written
`),2;let w=k(r.cwd,i),y=n.diagrams.map(t=>`${t.name}.svg`);if(e){let{stale:t,missing:a}=c(w,n.files,y);for(let g of a)r.stderr(`mlsys-lint: ${i}/${g} is missing
`);for(let g of t)r.stderr(`mlsys-lint: ${i}/${g} is out of date
`);let m=n.files.size+y.length;return a.length+t.length===0?(r.stderr(`mlsys-lint: ${p(m,"report file")} in ${i} are up to date
`),0):(r.stderr(`mlsys-lint: ${a.length+t.length} of ${p(m,"report file")} need updating: run mlsys-lint report without --check
`),1)}let b=new Map(n.files);if(o!==void 0){let t=await o.render(n.diagrams);for(let[a,m]of t)b.set(`${a}.svg`,m)}let{written:x,unchanged:v}=f(w,b);return r.stderr(`mlsys-lint: wrote ${p(x.length,"file")} to ${i}${v.length>0?` (${v.length} unchanged)`:""}
`),0}export{D as REPORT_HELP,O as default};
