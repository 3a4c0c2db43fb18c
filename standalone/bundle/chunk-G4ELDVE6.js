import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
function r(o){let t="";for(let e of o)typeof e=="number"?t+=`[${e}]`:t+=t===""?e:`.${e}`;return t}export{r as a};
