import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as s,b as i}from"./chunk-UBNZF5M6.js";import"./chunk-AUDFIRN6.js";import"./chunk-5I2KHAFC.js";import{a as o}from"./chunk-HLOPOQG4.js";import"./chunk-6Q354M2A.js";import"./chunk-KNUTCYQW.js";import"./chunk-O5SOVCLR.js";import"./chunk-TJCZLJKO.js";import"./chunk-OWKH4QOK.js";import"./chunk-LPYI7VDC.js";import"./chunk-2RY7QQW2.js";import"./chunk-PBGEVNTL.js";import"./chunk-QN7LYRWH.js";import"./chunk-2BS4YTDL.js";import"./chunk-G4ELDVE6.js";import"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";var l=`Usage: mlsys-lint lsp [--stdio] [options]

Runs a language server on standard input and output: editors show every finding of
\`lint\` as you type, for the unsaved text, with quick fixes that disable a rule for a
line or for the file. See docs/editors.md.

Options:
      --stdio               talk over standard input and output (the only way;
                            accepted for clients that pass it)
  -c, --config FILE         use this config file instead of searching for one
      --no-config           ignore config files: recommended preset only
      --rule ID:SEVERITY    set a rule's severity (off, info, warn, error);
                            repeatable, wins over config files
      --report-unused-disable-directives
                            report inline directives that suppressed nothing
      --max-file-size BYTES refuse larger documents with a finding
  -h, --help                show this help
`,p={...s,stdio:{type:"boolean"},clientProcessId:{type:"string"},help:{type:"boolean",short:"h"}};async function d(n,e){let{values:t}=o(n,p,"lsp");if(t.help)return e.stdout(l),0;let r=i(t,e.cwd),{startLanguageServer:a}=await import("./chunk-LK7PJ7TR.js");return a(r),new Promise(()=>{})}export{l as LSP_HELP,d as default};
