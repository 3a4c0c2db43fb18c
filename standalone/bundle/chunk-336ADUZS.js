import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{d as I}from"./chunk-7VXCQURW.js";import{a as E,b as x}from"./chunk-HLOPOQG4.js";import{b as g}from"./chunk-CGJLLPAQ.js";import"./chunk-OWKH4QOK.js";import{a as f}from"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";import{resolve as h}from"node:path";var T=`Usage: mlsys-lint report -o DIR [options] [paths...]

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
`,O={output:{type:"string",short:"o"},check:{type:"boolean"},svg:{type:"boolean"},template:{type:"string"},"index-template":{type:"string"},"rule-docs":{type:"string"},config:{type:"string",short:"c"},"no-config":{type:"boolean"},rule:{type:"string",multiple:!0},"max-file-size":{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}};async function S(p,o){let{values:e,positionals:i}=E(p,O,"report");if(e.help)return o.stdout(T),0;let a=e.output;if(a===void 0||a==="")throw new f("report needs the folder to write to: -o DIR (see `mlsys-lint report --help`)");if(a==="-")throw new f("report writes a folder of files: -o DIR, not standard output");let r=e["rule-docs"];if(r==="")throw new f("--rule-docs needs a URL or a relative path ending in /");let d=e.svg&&!e.check?I(o.env):void 0;try{let{cliRuleSeverities:m}=await import("./chunk-C7ZG4TUU.js"),l={cwd:o.cwd,outDir:a,useConfigFiles:e["no-config"]!==!0,...e.config?{configFile:e.config}:{},cliRules:m(e.rule),reportUnusedDisableDirectives:!1,maxFileSize:x(e["max-file-size"],"--max-file-size")??5242880,...e.template?{template:e.template}:{},...e["index-template"]?{indexTemplate:e["index-template"]}:{},...r!==void 0?{ruleDocsBase:r}:{},svg:e.svg===!0},s=i.length>0?i:["designs/"];return await L(s,l,{check:e.check===!0,debug:e.debug===!0},d,o)}finally{await d?.close()}}async function F(p,o,e,i){let[{ConfigResolver:a},{RULES:r},{checkOutputCollisions:d}]=await Promise.all([import("./chunk-DCUGCQEH.js"),import("./chunk-3XY7R6U2.js"),import("./chunk-MJKK6FY6.js")]),m=new a(r,i),l=e.map(s=>({label:"a design being reported on",path:s}));for(let s of e){let n=m.configFor(s);n&&l.push({label:"a config file in use",path:n.filePath})}i.template&&l.push({label:"the report template",path:h(i.cwd,i.template)}),i.indexTemplate&&l.push({label:"the index template",path:h(i.cwd,i.indexTemplate)}),d(o.map(s=>({label:"the report file",path:h(p,s)})),l,i.cwd)}async function L(p,o,{check:e,debug:i},a,r){let{buildReports:d,checkReports:m,writeReports:l}=await import("./chunk-JDTG4NWU.js"),s=o.outDir,n=await d(p,o);for(let t of n.run.missing)r.stderr(`mlsys-lint: ${t}
`);for(let t of n.run.warnings)r.stderr(`mlsys-lint: warning: ${t}
`);for(let t of n.run.crashes)r.stderr(`mlsys-lint: ${t.message}
`),i&&t.original instanceof Error&&t.original.stack&&r.stderr(`${t.original.stack}
`);let{unknownTeamRules:C,unknownTeamRuleLine:D}=await import("./chunk-OUTAVIQW.js"),b=C(o.cliRules,n.run.rules);for(let t of b)r.stderr(`mlsys-lint: ${D(t)}
`);if(n.run.missing.length>0||n.run.crashes.length>0||b.length>0)return r.stderr(`mlsys-lint: no report was written
`),2;let w=h(r.cwd,s),y=n.diagrams.map(t=>`${t.name}.svg`);if(e){let{stale:t,missing:u}=m(w,n.files,y);for(let R of u)r.stderr(`mlsys-lint: ${s}/${R} is missing
`);for(let R of t)r.stderr(`mlsys-lint: ${s}/${R} is out of date
`);let c=n.files.size+y.length;return u.length+t.length===0?(r.stderr(`mlsys-lint: ${g(c,"report file")} in ${s} are up to date
`),0):(r.stderr(`mlsys-lint: ${u.length+t.length} of ${g(c,"report file")} need updating: run mlsys-lint report without --check
`),1)}await F(w,[...n.files.keys(),...y],n.run.results.map(t=>t.filePath),o);let v=new Map(n.files);if(a!==void 0){let t=await a.render(n.diagrams);for(let[u,c]of t)v.set(`${u}.svg`,c)}let{written:P,unchanged:k}=l(w,v);return r.stderr(`mlsys-lint: wrote ${g(P.length,"file")} to ${s}${k.length>0?` (${k.length} unchanged)`:""}
`),0}export{T as REPORT_HELP,S as default};
