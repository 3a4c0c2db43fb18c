import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var r=/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,e=n=>{let t=n.charCodeAt(0);return t===10?"\\n":t===13?"\\r":t===9?"\\t":t<256?`\\x${t.toString(16).toUpperCase().padStart(2,"0")}`:`\\u${t.toString(16).toUpperCase().padStart(4,"0")}`};function i(n){return n.replace(r,e)}function u(n){return n.replace(r,t=>t===`
`||t==="\r"?t:e(t))}function s(n){return i(n.replace(/\s*\n\s*/g," "))}export{i as a,u as b,s as c};
