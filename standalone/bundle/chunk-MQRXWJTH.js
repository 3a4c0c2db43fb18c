import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
function u(i){function*s(t,r){let n=i.frame(t,r);if(n===void 0)return;let e=n.head,a=!0;for(let l of t){let o=i.piece(l,r);o!==""&&(e+=a?o:n.separator+o,a=!1,e.length>=16384&&(yield e,e=""))}yield e+n.tail}return Object.assign((t,r)=>[...s(t,r)].join(""),{parts:s})}export{u as a};
