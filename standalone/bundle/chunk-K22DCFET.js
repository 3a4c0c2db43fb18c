import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var e=class extends Error{},n=class extends e{},r=class extends Error{constructor(t,d,l,o){super(`${t}:${d}:${l}: ${o}`);this.filePath=t;this.line=d;this.column=l;this.reason=o}filePath;line;column;reason};export{e as a,n as b,r as c};
