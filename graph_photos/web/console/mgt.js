/* DO NOT EDIT: built by `make console-bundle` from graph_photos/web/console/entry.js (esbuild). */
(()=>{var N6=Object.defineProperty;var nu=(i=>typeof require<"u"?require:typeof Proxy<"u"?new Proxy(i,{get:(e,t)=>(typeof require<"u"?require:e)[t]}):i)(function(i){if(typeof require<"u")return require.apply(this,arguments);throw Error('Dynamic require of "'+i+'" is not supported')});var d=(i,e,t)=>()=>{if(t)throw t[0];try{return i&&(e=i(i=0)),e}catch(o){throw t=[o],o}};var U6=(i,e)=>{for(var t in e)N6(i,t,{get:e[t],enumerable:!0})};var _l,au=d(()=>{_l=class{}});var lu,o0,Rl=d(()=>{lu="https://graph.microsoft.com",o0=new Set([lu,"https://graph.microsoft.us","https://dod-graph.microsoft.us","https://graph.microsoft.de","https://microsoftgraph.chinacloudapi.cn","https://canary.graph.microsoft.com"])});function D(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s}function Z(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})}var Oe=d(()=>{});var dt,jn=d(()=>{(function(i){i.GET="GET",i.PATCH="PATCH",i.POST="POST",i.PUT="PUT",i.DELETE="DELETE"})(dt||(dt={}))});var Es,r0=d(()=>{Oe();jn();Es=class i{constructor(e){if(this.requests=new Map,typeof e<"u"){let t=i.requestLimit;if(e.length>t){let o=new Error(`Maximum requests limit exceeded, Max allowed number of requests are ${t}`);throw o.name="Limit Exceeded Error",o}for(let o of e)this.addRequest(o)}}static validateDependencies(e){let t=s=>{let n=s.entries(),a=n.next();for(;!a.done;){let l=a.value[1];if(l.dependsOn!==void 0&&l.dependsOn.length>0)return!1;a=n.next()}return!0},o=s=>{let n=s.entries(),a=n.next(),l=a.value[1];if(l.dependsOn!==void 0&&l.dependsOn.length>0)return!1;let c=a;for(a=n.next();!a.done;){let h=a.value[1];if(h.dependsOn===void 0||h.dependsOn.length!==1||h.dependsOn[0]!==c.value[1].id)return!1;c=a,a=n.next()}return!0},r=s=>{let n=s.entries(),a=n.next(),l=a.value[1],c;if(l.dependsOn===void 0||l.dependsOn.length===0)c=l.id;else if(l.dependsOn.length===1){let h=l.dependsOn[0];if(h!==l.id&&s.has(h))c=h;else return!1}else return!1;for(a=n.next();!a.done;){let h=a.value[1];if((h.dependsOn===void 0||h.dependsOn.length===0)&&c!==h.id||h.dependsOn!==void 0&&h.dependsOn.length!==0&&(h.dependsOn.length===1&&(h.id===c||h.dependsOn[0]!==c)||h.dependsOn.length>1))return!1;a=n.next()}return!0};if(e.size===0){let s=new Error("Empty requests map, Please provide at least one request.");throw s.name="Empty Requests Error",s}return t(e)||o(e)||r(e)}static getRequestData(e){return Z(this,void 0,void 0,function*(){let t={url:""},o=new RegExp("^https?://");t.url=o.test(e.url)?"/"+e.url.split(/.*?\/\/.*?\//)[1]:e.url,t.method=e.method;let r={};return e.headers.forEach((s,n)=>{r[n]=s}),Object.keys(r).length&&(t.headers=r),(e.method===dt.PATCH||e.method===dt.POST||e.method===dt.PUT)&&(t.body=yield i.getRequestBody(e)),t})}static getRequestBody(e){return Z(this,void 0,void 0,function*(){let t=!1,o;try{o=yield e.clone().json(),t=!0}catch{}if(!t)try{if(typeof Blob<"u"){let r=yield e.blob(),s=new FileReader;o=yield new Promise(n=>{s.addEventListener("load",()=>{let a=s.result,c=new RegExp("^s*data:(.+?/.+?(;.+?=.+?)*)?(;base64)?,(.*)s*$").exec(a);n(c[4])},!1),s.readAsDataURL(r)})}else typeof Buffer<"u"&&(o=(yield e.buffer()).toString("base64"));t=!0}catch{}return o})}addRequest(e){let t=i.requestLimit;if(e.id===""){let o=new Error("Id for a request is empty, Please provide an unique id");throw o.name="Empty Id For Request",o}if(this.requests.size===t){let o=new Error(`Maximum requests limit exceeded, Max allowed number of requests are ${t}`);throw o.name="Limit Exceeded Error",o}if(this.requests.has(e.id)){let o=new Error(`Adding request with duplicate id ${e.id}, Make the id of the requests unique`);throw o.name="Duplicate RequestId Error",o}return this.requests.set(e.id,e),e.id}removeRequest(e){let t=this.requests.delete(e),o=this.requests.entries(),r=o.next();for(;!r.done;){let s=r.value[1].dependsOn;if(typeof s<"u"){let n=s.indexOf(e);n!==-1&&s.splice(n,1),s.length===0&&delete r.value[1].dependsOn}r=o.next()}return t}getContent(){return Z(this,void 0,void 0,function*(){let e=[],t={requests:e},o=this.requests.entries(),r=o.next();if(r.done){let s=new Error("No requests added yet, Please add at least one request.");throw s.name="Empty Payload",s}if(!i.validateDependencies(this.requests)){let s=new Error(`Invalid dependency found, Dependency should be:
1. Parallel - no individual request states a dependency in the dependsOn property.
2. Serial - all individual requests depend on the previous individual request.
3. Same - all individual requests that state a dependency in the dependsOn property, state the same dependency.`);throw s.name="Invalid Dependency",s}for(;!r.done;){let s=r.value[1],n=yield i.getRequestData(s.request);if(n.body!==void 0&&(n.headers===void 0||n.headers["content-type"]===void 0)){let a=new Error(`Content-type header is not mentioned for request #${s.id}, For request having body, Content-type header should be mentioned`);throw a.name="Invalid Content-type header",a}n.id=s.id,s.dependsOn!==void 0&&s.dependsOn.length>0&&(n.dependsOn=s.dependsOn),e.push(n),r=o.next()}return t.requests=e,t})}addDependency(e,t){if(!this.requests.has(e)){let o=new Error(`Dependent ${e} does not exists, Please check the id`);throw o.name="Invalid Dependent",o}if(typeof t<"u"&&!this.requests.has(t)){let o=new Error(`Dependency ${t} does not exists, Please check the id`);throw o.name="Invalid Dependency",o}if(typeof t<"u"){let o=this.requests.get(e);if(o.dependsOn===void 0&&(o.dependsOn=[]),o.dependsOn.indexOf(t)!==-1){let r=new Error(`Dependency ${t} is already added for the request ${e}`);throw r.name="Duplicate Dependency",r}o.dependsOn.push(t)}else{let o=this.requests.entries(),r,s=o.next();for(;!s.done&&s.value[1].id!==e;)r=s,s=o.next();if(typeof r<"u"){let n=r.value[0];if(s.value[1].dependsOn===void 0&&(s.value[1].dependsOn=[]),s.value[1].dependsOn.indexOf(n)!==-1){let a=new Error(`Dependency ${n} is already added for the request ${e}`);throw a.name="Duplicate Dependency",a}s.value[1].dependsOn.push(n)}else{let n=new Error(`Can't add dependency ${t}, There is only a dependent request in the batch`);throw n.name="Invalid Dependency Addition",n}}}removeDependency(e,t){let o=this.requests.get(e);if(typeof o>"u"||o.dependsOn===void 0||o.dependsOn.length===0)return!1;if(typeof t<"u"){let r=o.dependsOn.indexOf(t);return r===-1?!1:(o.dependsOn.splice(r,1),!0)}else return delete o.dependsOn,!0}};Es.requestLimit=20});var s0=d(()=>{});var n0,a0,l0,cu=d(()=>{n0="v1.0",a0="https://graph.microsoft.com/",l0=new Set(["graph.microsoft.com","graph.microsoft.us","dod-graph.microsoft.us","graph.microsoft.de","microsoftgraph.chinacloudapi.cn","canary.graph.microsoft.com"])});var ht,Co=d(()=>{ht=class i extends Error{constructor(e){super(e),Object.setPrototypeOf(this,i.prototype)}static setGraphClientError(e){let t;return e instanceof Error?t=e:(t=new i,t.customError=e),t}}});var c0,d0,Fl,Tl,Il,h0,j6,Ll=d(()=>{cu();Co();c0=["$select","$expand","$orderby","$filter","$top","$skip","$skipToken","$count"],d0=i=>{let e=s=>s.replace(/\/+$/,""),t=s=>s.replace(/^\/+/,""),o=(s,n)=>[e(s),t(n)].join("/");return Array.prototype.slice.call(i).reduce(o)},Fl=i=>{let e=i&&i.constructor&&i.constructor.name;if(e==="Buffer"||e==="Blob"||e==="File"||e==="FormData"||typeof i=="string")return i;if(e==="ArrayBuffer")i=Buffer.from(i);else if(e==="Int8Array"||e==="Int16Array"||e==="Int32Array"||e==="Uint8Array"||e==="Uint16Array"||e==="Uint32Array"||e==="Uint8ClampedArray"||e==="Float32Array"||e==="Float64Array"||e==="DataView")i=Buffer.from(i.buffer);else try{i=JSON.stringify(i)}catch{throw new Error("Unable to stringify the content")}return i},Tl=i=>h0(i),Il=(i,e)=>(e.forEach(t=>j6(t)),h0(i,e)),h0=(i,e=l0)=>{if(i=i.toLowerCase(),i.indexOf("https://")!==-1){i=i.replace("https://","");let t=i.indexOf(":"),o=i.indexOf("/"),r="";if(o!==-1)return t!==-1&&t<o?(r=i.substring(0,t),e.has(r)):(r=i.substring(0,o),e.has(r))}return!1},j6=i=>{if(i.indexOf("/")!==-1)throw new ht("Please add only hosts or hostnames to the CustomHosts config. If the url is `http://example.com:3000/`, host is `example:3000`")}});var zt,Zo=d(()=>{zt=class{constructor(e=[]){this.middlewareOptions=new Map;for(let t of e){let o=t.constructor;this.middlewareOptions.set(o,t)}}getMiddlewareOptions(e){return this.middlewareOptions.get(e)}setMiddlewareOptions(e,t){this.middlewareOptions.set(e,t)}}});var du,As,Qo,Dl,u0,Xo=d(()=>{Oe();du=()=>{let i="";for(let e=0;e<32;e++)(e===8||e===12||e===16||e===20)&&(i+="-"),i+=Math.floor(Math.random()*16).toString(16);return i},As=(i,e,t)=>{let o=null;if(typeof Request<"u"&&i instanceof Request)o=i.headers.get(t);else if(typeof e<"u"&&e.headers!==void 0)if(typeof Headers<"u"&&e.headers instanceof Headers)o=e.headers.get(t);else if(e.headers instanceof Array){let r=e.headers;for(let s=0,n=r.length;s<n;s++)if(r[s][0]===t){o=r[s][1];break}}else e.headers[t]!==void 0&&(o=e.headers[t]);return o},Qo=(i,e,t,o)=>{if(typeof Request<"u"&&i instanceof Request)i.headers.set(t,o);else if(typeof e<"u")if(e.headers===void 0)e.headers=new Headers({[t]:o});else if(typeof Headers<"u"&&e.headers instanceof Headers)e.headers.set(t,o);else if(e.headers instanceof Array){let r=0,s=e.headers.length;for(;r<s;r++){let n=e.headers[r];if(n[0]===t){n[1]=o;break}}r===s&&e.headers.push([t,o])}else Object.assign(e.headers,{[t]:o})},Dl=(i,e,t,o)=>{typeof Request<"u"&&i instanceof Request?i.headers.append(t,o):typeof e<"u"&&(e.headers===void 0?e.headers=new Headers({[t]:o}):typeof Headers<"u"&&e.headers instanceof Headers?e.headers.append(t,o):e.headers instanceof Array?e.headers.push([t,o]):e.headers===void 0?e.headers={[t]:o}:e.headers[t]===void 0?e.headers[t]=o:e.headers[t]+=`, ${o}`)},u0=(i,e)=>Z(void 0,void 0,void 0,function*(){let t=e.headers.get("Content-Type")?yield e.blob():yield Promise.resolve(void 0),{method:o,headers:r,referrer:s,referrerPolicy:n,mode:a,credentials:l,cache:c,redirect:h,integrity:u,keepalive:v,signal:y}=e;return new Request(i,{method:o,headers:r,body:t,referrer:s,referrerPolicy:n,mode:a,credentials:l,cache:c,redirect:h,integrity:u,keepalive:v,signal:y})})});var Vr,hu=d(()=>{Vr=class{constructor(e,t){this.authenticationProvider=e,this.authenticationProviderOptions=t}}});var eo,zi,Ps=d(()=>{Zo();(function(i){i[i.NONE=0]="NONE",i[i.REDIRECT_HANDLER_ENABLED=1]="REDIRECT_HANDLER_ENABLED",i[i.RETRY_HANDLER_ENABLED=2]="RETRY_HANDLER_ENABLED",i[i.AUTHENTICATION_HANDLER_ENABLED=4]="AUTHENTICATION_HANDLER_ENABLED"})(eo||(eo={}));zi=class i{constructor(){this.featureUsage=eo.NONE}static updateFeatureUsageFlag(e,t){let o;e.middlewareControl instanceof zt?o=e.middlewareControl.getMiddlewareOptions(i):e.middlewareControl=new zt,typeof o>"u"&&(o=new i,e.middlewareControl.setMiddlewareOptions(i,o)),o.setFeatureUsage(t)}setFeatureUsage(e){this.featureUsage=this.featureUsage|e}getFeatureUsage(){return this.featureUsage.toString(16)}}});var Yo,El=d(()=>{Oe();Ll();Zo();Xo();hu();Ps();Yo=class i{constructor(e){this.authenticationProvider=e}execute(e){return Z(this,void 0,void 0,function*(){let t=typeof e.request=="string"?e.request:e.request.url;if(Tl(t)||e.customHosts&&Il(t,e.customHosts)){let o;e.middlewareControl instanceof zt&&(o=e.middlewareControl.getMiddlewareOptions(Vr));let r,s;o&&(r=o.authenticationProvider,s=o.authenticationProviderOptions),r||(r=this.authenticationProvider);let a=`Bearer ${yield r.getAccessToken(s)}`;Dl(e.request,e.options,i.AUTHORIZATION_HEADER,a),zi.updateFeatureUsageFlag(e,eo.AUTHENTICATION_HANDLER_ENABLED)}else e.options.headers&&delete e.options.headers[i.AUTHORIZATION_HEADER];return yield this.nextMiddleware.execute(e)})}setNext(e){this.nextMiddleware=e}};Yo.AUTHORIZATION_HEADER="Authorization"});var $o,Al=d(()=>{Oe();$o=class{execute(e){return Z(this,void 0,void 0,function*(){e.response=yield fetch(e.request,e.options)})}}});var Dt,qn=d(()=>{Dt=class i{constructor(e=i.DEFAULT_DELAY,t=i.DEFAULT_MAX_RETRIES,o=i.defaultShouldRetry){if(e>i.MAX_DELAY&&t>i.MAX_MAX_RETRIES){let r=new Error(`Delay and MaxRetries should not be more than ${i.MAX_DELAY} and ${i.MAX_MAX_RETRIES}`);throw r.name="MaxLimitExceeded",r}else if(e>i.MAX_DELAY){let r=new Error(`Delay should not be more than ${i.MAX_DELAY}`);throw r.name="MaxLimitExceeded",r}else if(t>i.MAX_MAX_RETRIES){let r=new Error(`MaxRetries should not be more than ${i.MAX_MAX_RETRIES}`);throw r.name="MaxLimitExceeded",r}else if(e<0&&t<0){let r=new Error("Delay and MaxRetries should not be negative");throw r.name="MinExpectationNotMet",r}else if(e<0){let r=new Error("Delay should not be negative");throw r.name="MinExpectationNotMet",r}else if(t<0){let r=new Error("MaxRetries should not be negative");throw r.name="MinExpectationNotMet",r}this.delay=Math.min(e,i.MAX_DELAY),this.maxRetries=Math.min(t,i.MAX_MAX_RETRIES),this.shouldRetry=o}getMaxDelay(){return i.MAX_DELAY}};Dt.DEFAULT_DELAY=3;Dt.DEFAULT_MAX_RETRIES=3;Dt.MAX_DELAY=180;Dt.MAX_MAX_RETRIES=10;Dt.defaultShouldRetry=()=>!0});var xi,Pl=d(()=>{Oe();jn();Zo();Xo();qn();Ps();xi=class i{constructor(e=new Dt){this.options=e}isRetry(e){return i.RETRY_STATUS_CODES.indexOf(e.status)!==-1}isBuffered(e,t){let o=typeof e=="string"?t.method:e.method;return!((o===dt.PUT||o===dt.PATCH||o===dt.POST)&&As(e,t,"Content-Type")==="application/octet-stream")}getDelay(e,t,o){let r=()=>Number(Math.random().toFixed(3)),s=e.headers!==void 0?e.headers.get(i.RETRY_AFTER_HEADER):null,n;return s!==null?Number.isNaN(Number(s))?n=Math.round((new Date(s).getTime()-Date.now())/1e3):n=Number(s):n=t>=2?this.getExponentialBackOffTime(t)+o+r():o+r(),Math.min(n,this.options.getMaxDelay()+r())}getExponentialBackOffTime(e){return Math.round(1/2*(Math.pow(2,e)-1))}sleep(e){return Z(this,void 0,void 0,function*(){let t=e*1e3;return new Promise(o=>setTimeout(o,t))})}getOptions(e){let t;return e.middlewareControl instanceof zt&&(t=e.middlewareControl.getMiddlewareOptions(this.options.constructor)),typeof t>"u"&&(t=Object.assign(new Dt,this.options)),t}executeWithRetry(e,t,o){return Z(this,void 0,void 0,function*(){if(yield this.nextMiddleware.execute(e),t<o.maxRetries&&this.isRetry(e.response)&&this.isBuffered(e.request,e.options)&&o.shouldRetry(o.delay,t,e.request,e.options,e.response)){++t,Qo(e.request,e.options,i.RETRY_ATTEMPT_HEADER,t.toString());let r=this.getDelay(e.response,t,o.delay);return yield this.sleep(r),yield this.executeWithRetry(e,t,o)}else return})}execute(e){return Z(this,void 0,void 0,function*(){let o=this.getOptions(e);return zi.updateFeatureUsageFlag(e,eo.RETRY_HANDLER_ENABLED),yield this.executeWithRetry(e,0,o)})}setNext(e){this.nextMiddleware=e}};xi.RETRY_STATUS_CODES=[429,503,504];xi.RETRY_ATTEMPT_HEADER="Retry-Attempt";xi.RETRY_AFTER_HEADER="Retry-After"});var mi,Gn=d(()=>{mi=class i{constructor(e=i.DEFAULT_MAX_REDIRECTS,t=i.defaultShouldRedirect){if(e>i.MAX_MAX_REDIRECTS){let o=new Error(`MaxRedirects should not be more than ${i.MAX_MAX_REDIRECTS}`);throw o.name="MaxLimitExceeded",o}if(e<0){let o=new Error("MaxRedirects should not be negative");throw o.name="MinExpectationNotMet",o}this.maxRedirects=e,this.shouldRedirect=t}};mi.DEFAULT_MAX_REDIRECTS=5;mi.MAX_MAX_REDIRECTS=20;mi.defaultShouldRedirect=()=>!0});var Ni,Ol=d(()=>{Oe();jn();Zo();Xo();Gn();Ps();Ni=class i{constructor(e=new mi){this.options=e}isRedirect(e){return i.REDIRECT_STATUS_CODES.indexOf(e.status)!==-1}hasLocationHeader(e){return e.headers.has(i.LOCATION_HEADER)}getLocationHeader(e){return e.headers.get(i.LOCATION_HEADER)}isRelativeURL(e){return e.indexOf("://")===-1}shouldDropAuthorizationHeader(e,t){let o=/^[A-Za-z].+?:\/\/.+?(?=\/|$)/,r=o.exec(e),s,n;r!==null&&(s=r[0]);let a=o.exec(t);return a!==null&&(n=a[0]),typeof s<"u"&&typeof n<"u"&&s!==n}updateRequestUrl(e,t){return Z(this,void 0,void 0,function*(){t.request=typeof t.request=="string"?e:yield u0(e,t.request)})}getOptions(e){let t;return e.middlewareControl instanceof zt&&(t=e.middlewareControl.getMiddlewareOptions(mi)),typeof t>"u"&&(t=Object.assign(new mi,this.options)),t}executeWithRedirect(e,t,o){return Z(this,void 0,void 0,function*(){yield this.nextMiddleware.execute(e);let r=e.response;if(t<o.maxRedirects&&this.isRedirect(r)&&this.hasLocationHeader(r)&&o.shouldRedirect(r)){if(++t,r.status===i.STATUS_CODE_SEE_OTHER)e.options.method=dt.GET,delete e.options.body;else{let s=this.getLocationHeader(r);!this.isRelativeURL(s)&&this.shouldDropAuthorizationHeader(r.url,s)&&delete e.options.headers[i.AUTHORIZATION_HEADER],yield this.updateRequestUrl(s,e)}yield this.executeWithRedirect(e,t,o)}else return})}execute(e){return Z(this,void 0,void 0,function*(){let o=this.getOptions(e);return e.options.redirect=i.MANUAL_REDIRECT,zi.updateFeatureUsageFlag(e,eo.REDIRECT_HANDLER_ENABLED),yield this.executeWithRedirect(e,0,o)})}setNext(e){this.nextMiddleware=e}};Ni.REDIRECT_STATUS_CODES=[301,302,303,307,308];Ni.STATUS_CODE_SEE_OTHER=303;Ni.LOCATION_HEADER="Location";Ni.AUTHORIZATION_HEADER="Authorization";Ni.MANUAL_REDIRECT="manual"});var p0,f0=d(()=>{p0="3.0.2"});var gi,Ml=d(()=>{Oe();Ll();f0();Zo();Xo();Ps();gi=class i{execute(e){return Z(this,void 0,void 0,function*(){let t=typeof e.request=="string"?e.request:e.request.url;if(Tl(t)||e.customHosts&&Il(t,e.customHosts)){let o=As(e.request,e.options,i.CLIENT_REQUEST_ID_HEADER);o||(o=du(),Qo(e.request,e.options,i.CLIENT_REQUEST_ID_HEADER,o));let r=`${i.PRODUCT_NAME}/${p0}`,s;if(e.middlewareControl instanceof zt&&(s=e.middlewareControl.getMiddlewareOptions(zi)),s){let n=s.getFeatureUsage();r+=` (${i.FEATURE_USAGE_STRING}=${n})`}Dl(e.request,e.options,i.SDK_VERSION_HEADER,r)}else delete e.options.headers[i.CLIENT_REQUEST_ID_HEADER],delete e.options.headers[i.SDK_VERSION_HEADER];return yield this.nextMiddleware.execute(e)})}setNext(e){this.nextMiddleware=e}};gi.CLIENT_REQUEST_ID_HEADER="client-request-id";gi.SDK_VERSION_HEADER="SdkVersion";gi.PRODUCT_NAME="graph-js";gi.FEATURE_USAGE_STRING="featureUsage"});var m0=d(()=>{El();Al();Gn();qn();Ol();Pl();Ml()});var Wn,Hl=d(()=>{(function(i){i[i.MANUAL=0]="MANUAL",i[i.RANDOM=1]="RANDOM"})(Wn||(Wn={}))});var uu=d(()=>{Hl()});var g0=d(()=>{});var v0=d(()=>{Zo();Xo();g0();uu();Hl()});var ft,Zn=d(()=>{(function(i){i.ARRAYBUFFER="arraybuffer",i.BLOB="blob",i.DOCUMENT="document",i.JSON="json",i.RAW="raw",i.STREAM="stream",i.TEXT="text"})(ft||(ft={}))});var pu,Vl,Bl,Os,fu=d(()=>{Oe();Zn();(function(i){i.TEXT_HTML="text/html",i.TEXT_XML="text/xml",i.APPLICATION_XML="application/xml",i.APPLICATION_XHTML="application/xhtml+xml"})(pu||(pu={}));(function(i){i.TEXT_PLAIN="text/plain",i.APPLICATION_JSON="application/json"})(Vl||(Vl={}));(function(i){i.DOCUMENT="^(text\\/(html|xml))|(application\\/(xml|xhtml\\+xml))$",i.IMAGE="^image\\/.+"})(Bl||(Bl={}));Os=class i{static parseDocumentResponse(e,t){return typeof DOMParser<"u"?new Promise((o,r)=>{e.text().then(s=>{try{let a=new DOMParser().parseFromString(s,t);o(a)}catch(n){r(n)}})}):Promise.resolve(e.body)}static convertResponse(e,t){return Z(this,void 0,void 0,function*(){if(e.status===204)return Promise.resolve();let o,r=e.headers.get("Content-type");switch(t){case ft.ARRAYBUFFER:o=yield e.arrayBuffer();break;case ft.BLOB:o=yield e.blob();break;case ft.DOCUMENT:o=yield i.parseDocumentResponse(e,pu.TEXT_XML);break;case ft.JSON:o=yield e.json();break;case ft.STREAM:o=yield Promise.resolve(e.body);break;case ft.TEXT:o=yield e.text();break;default:if(r!==null){let s=r.split(";")[0];new RegExp(Bl.DOCUMENT).test(s)?o=yield i.parseDocumentResponse(e,s):new RegExp(Bl.IMAGE).test(s)?o=e.blob():s===Vl.TEXT_PLAIN?o=yield e.text():s===Vl.APPLICATION_JSON?o=yield e.json():o=Promise.resolve(e.body)}else o=Promise.resolve(e.body);break}return o})}static getResponse(e,t,o){return Z(this,void 0,void 0,function*(){if(t===ft.RAW)return Promise.resolve(e);{let r=yield i.convertResponse(e,t);if(e.ok)if(typeof o=="function")o(null,r);else return r;else throw r}})}}});var Jo,mu=d(()=>{Jo=class{constructor(e=-1,t=-1){this.minValue=e,this.maxValue=t}}});var Qn,gu=d(()=>{Qn=class i{constructor(e,t){this._location=t,this._responseBody=e}get location(){return this._location}set location(e){this._location=e}get responseBody(){return this._responseBody}set responseBody(e){this._responseBody=e}static CreateUploadResult(e,t){return new i(e,t.get("location"))}}});var Xn,vu=d(()=>{Oe();Co();fu();Zn();mu();gu();Xn=class{constructor(e,t,o,r={}){if(this.DEFAULT_FILE_SIZE=5*1024*1024,this.client=e,t.sliceFile)this.file=t;else throw new ht("Please pass the FileUpload object, StreamUpload object or any custom implementation of the FileObject interface");this.file=t,r.rangeSize||(r.rangeSize=this.DEFAULT_FILE_SIZE),this.options=r,this.uploadSession=o,this.nextRange=new Jo(0,this.options.rangeSize-1)}static createUploadSession(e,t,o,r={}){return Z(this,void 0,void 0,function*(){let s=yield e.api(t).headers(r).post(o);return{url:s.uploadUrl,expiry:new Date(s.expirationDateTime),isCancelled:!1}})}parseRange(e){let t=e[0];if(typeof t>"u"||t==="")return new Jo;let o=t.split("-"),r=parseInt(o[0],10),s=parseInt(o[1],10);return Number.isNaN(s)&&(s=this.file.size-1),new Jo(r,s)}updateTaskStatus(e){this.uploadSession.expiry=new Date(e.expirationDateTime),this.nextRange=this.parseRange(e.nextExpectedRanges)}getNextRange(){if(this.nextRange.minValue===-1)return this.nextRange;let e=this.nextRange.minValue,t=e+this.options.rangeSize-1;return t>=this.file.size&&(t=this.file.size-1),new Jo(e,t)}sliceFile(e){if(console.warn("The LargeFileUploadTask.sliceFile() function has been deprecated and moved into the FileObject interface."),this.file.content instanceof ArrayBuffer||this.file.content instanceof Blob||this.file.content instanceof Uint8Array)return this.file.content.slice(e.minValue,e.maxValue+1);throw new ht("The LargeFileUploadTask.sliceFile() function expects only Blob, ArrayBuffer or Uint8Array file content. Please note that the sliceFile() function is deprecated.")}upload(){return Z(this,void 0,void 0,function*(){let e=this.options&&this.options.uploadEventHandlers;for(;!this.uploadSession.isCancelled;){let t=this.getNextRange();if(t.maxValue===-1){let a=new Error("Task with which you are trying to upload is already completed, Please check for your uploaded file");throw a.name="Invalid Session",a}let o=yield this.file.sliceFile(t),r=yield this.uploadSliceGetRawResponse(o,t,this.file.size);if(!r)throw new ht("Something went wrong! Large file upload slice response is null.");let s=yield Os.getResponse(r);if(r.status===201||r.status===200&&s.id)return Qn.CreateUploadResult(s,r.headers);let n={expirationDateTime:s.expirationDateTime||s.ExpirationDateTime,nextExpectedRanges:s.NextExpectedRanges||s.nextExpectedRanges};this.updateTaskStatus(n),e&&e.progress&&e.progress(t,e.extraCallbackParam)}})}uploadSlice(e,t,o){return Z(this,void 0,void 0,function*(){return yield this.client.api(this.uploadSession.url).headers({"Content-Length":`${t.maxValue-t.minValue+1}`,"Content-Range":`bytes ${t.minValue}-${t.maxValue}/${o}`,"Content-Type":"application/octet-stream"}).put(e)})}uploadSliceGetRawResponse(e,t,o){return Z(this,void 0,void 0,function*(){return yield this.client.api(this.uploadSession.url).headers({"Content-Length":`${t.maxValue-t.minValue+1}`,"Content-Range":`bytes ${t.minValue}-${t.maxValue}/${o}`,"Content-Type":"application/octet-stream"}).responseType(ft.RAW).put(e)})}cancel(){return Z(this,void 0,void 0,function*(){let e=yield this.client.api(this.uploadSession.url).responseType(ft.RAW).delete();return e.status===204&&(this.uploadSession.isCancelled=!0),e})}getStatus(){return Z(this,void 0,void 0,function*(){let e=yield this.client.api(this.uploadSession.url).get();return this.updateTaskStatus(e),e})}resume(){return Z(this,void 0,void 0,function*(){return yield this.getStatus(),yield this.upload()})}getUploadSession(){return this.uploadSession}}});var Yn,bu=d(()=>{Co();Yn=class{constructor(e,t,o){if(this.content=e,this.name=t,this.size=o,!e||!t||!o)throw new ht("Please provide the upload content, name of the file and size of the file")}sliceFile(e){return this.content.slice(e.minValue,e.maxValue+1)}}});var G6,yu,xu=d(()=>{G6=i=>(i>327680&&(i=Math.floor(i/327680)*320*1024),i),yu=(i=5242880)=>(i>62914560&&(i=62914560),G6(i))});var zl,b0=d(()=>{Oe();Co();bu();vu();xu();zl=class i extends Xn{constructor(e,t,o,r){super(e,t,o,r)}static constructCreateSessionUrl(e,t=i.DEFAULT_UPLOAD_PATH){return e=e.trim(),t=t.trim(),t===""&&(t="/"),t[0]!=="/"&&(t=`/${t}`),t[t.length-1]!=="/"&&(t=`${t}/`),`/me/drive/root:${t.split("/").map(o=>encodeURIComponent(o)).join("/")}${encodeURIComponent(e)}:/createUploadSession`}static getFileInfo(e,t){let o,r;if(typeof Blob<"u"&&e instanceof Blob)o=new File([e],t),r=o.size;else if(typeof File<"u"&&e instanceof File)o=e,r=o.size;else if(typeof Uint8Array<"u"&&e instanceof Uint8Array){let s=e;r=s.byteLength,o=s.buffer.slice(s.byteOffset,s.byteOffset+s.byteLength)}return{content:o,size:r}}static create(e,t,o){return Z(this,void 0,void 0,function*(){if(!e||!t||!o)throw new ht("Please provide the Graph client instance, file object and OneDriveLargeFileUploadOptions value");let r=o.fileName,s=i.getFileInfo(t,r),n=new Yn(s.content,r,s.size);return this.createTaskWithFileObject(e,n,o)})}static createTaskWithFileObject(e,t,o){return Z(this,void 0,void 0,function*(){if(!e||!t||!o)throw new ht("Please provide the Graph client instance, FileObject interface implementation and OneDriveLargeFileUploadOptions value");let r=i.constructCreateSessionUrl(o.fileName,o.path),s={fileName:o.fileName,fileDescription:o.fileDescription,conflictBehavior:o.conflictBehavior},n=yield i.createUploadSession(e,r,s),a=yu(o.rangeSize);return new i(e,t,n,{rangeSize:a,uploadEventHandlers:o.uploadEventHandlers})})}static createUploadSession(e,t,o){let r=Object.create(null,{createUploadSession:{get:()=>super.createUploadSession}});return Z(this,void 0,void 0,function*(){let s={item:{"@microsoft.graph.conflictBehavior":o?.conflictBehavior||"rename",name:o?.fileName,description:o?.fileDescription}};return r.createUploadSession.call(this,e,t,s)})}commit(e,t="rename"){return Z(this,void 0,void 0,function*(){let o={name:this.file.name,"@microsoft.graph.conflictBehavior":t,"@microsoft.graph.sourceUrl":this.uploadSession.url};return yield this.client.api(e).put(o)})}};zl.DEFAULT_UPLOAD_PATH="/"});var y0=d(()=>{Co()});var x0=d(()=>{});var Jn,wu=d(()=>{Oe();Co();Jn=class{constructor(e){this.provider=e}getAccessToken(){return Z(this,void 0,void 0,function*(){return new Promise((e,t)=>{this.provider((o,r)=>Z(this,void 0,void 0,function*(){if(r)e(r);else{if(!o){let n="Access token is undefined or empty.						Please provide a valid token.						For more help - https://github.com/microsoftgraph/msgraph-sdk-javascript/blob/dev/docs/CustomAuthenticationProvider.md";o=new ht(n)}let s=yield ht.setGraphClientError(o);t(s)}}))})})}}});var Br,Cu=d(()=>{Br=class i extends Error{constructor(e=-1,t,o){super(t||o&&o.message),Object.setPrototypeOf(this,i.prototype),this.statusCode=e,this.code=null,this.requestId=null,this.date=new Date,this.body=null,this.stack=o?o.stack:this.stack}}});var Nl,w0=d(()=>{Oe();Cu();Nl=class i{static constructError(e,t){let o=new Br(t,"",e);return e.name!==void 0&&(o.code=e.name),o.body=e.toString(),o.date=new Date,o}static constructErrorFromResponse(e,t){let o=e.error,r=new Br(t,o.message);return r.code=o.code,o.innerError!==void 0&&(r.requestId=o.innerError["request-id"],r.date=new Date(o.innerError.date)),r.body=JSON.stringify(o),r}static getError(e=null,t=-1,o){return Z(this,void 0,void 0,function*(){let r;if(e&&e.error?r=i.constructErrorFromResponse(e,t):e instanceof Error?r=i.constructError(e,t):(r=new Br(t),r.body=e),typeof o=="function")o(r,null);else return r})}}});var Kn,$u=d(()=>{Oe();Co();w0();Ll();fu();Zo();jn();Zn();Kn=class{constructor(e,t,o){this.parsePath=r=>{if(r.indexOf("https://")!==-1){r=r.replace("https://","");let n=r.indexOf("/");n!==-1&&(this.urlComponents.host="https://"+r.substring(0,n),r=r.substring(n+1,r.length));let a=r.indexOf("/");a!==-1&&(this.urlComponents.version=r.substring(0,a),r=r.substring(a+1,r.length))}r.charAt(0)==="/"&&(r=r.substr(1));let s=r.indexOf("?");if(s===-1)this.urlComponents.path=r;else{this.urlComponents.path=r.substr(0,s);let n=r.substring(s+1,r.length).split("&");for(let a of n)this.parseQueryParameter(a)}},this.httpClient=e,this.config=t,this.urlComponents={host:this.config.baseUrl,version:this.config.defaultVersion,oDataQueryParams:{},otherURLQueryParams:{},otherURLQueryOptions:[]},this._headers={},this._options={},this._middlewareOptions=[],this.parsePath(o)}addCsvQueryParameter(e,t,o){this.urlComponents.oDataQueryParams[e]=this.urlComponents.oDataQueryParams[e]?this.urlComponents.oDataQueryParams[e]+",":"";let r=[];o.length>1&&typeof t=="string"?r=Array.prototype.slice.call(o):typeof t=="string"?r.push(t):r=r.concat(t),this.urlComponents.oDataQueryParams[e]+=r.join(",")}buildFullUrl(){let e=d0([this.urlComponents.host,this.urlComponents.version,this.urlComponents.path])+this.createQueryString();return this.config.debugLogging&&console.log(e),e}createQueryString(){let e=this.urlComponents,t=[];if(Object.keys(e.oDataQueryParams).length!==0)for(let o in e.oDataQueryParams)Object.prototype.hasOwnProperty.call(e.oDataQueryParams,o)&&t.push(o+"="+e.oDataQueryParams[o]);if(Object.keys(e.otherURLQueryParams).length!==0)for(let o in e.otherURLQueryParams)Object.prototype.hasOwnProperty.call(e.otherURLQueryParams,o)&&t.push(o+"="+e.otherURLQueryParams[o]);if(e.otherURLQueryOptions.length!==0)for(let o of e.otherURLQueryOptions)t.push(o);return t.length>0?"?"+t.join("&"):""}parseQueryParameter(e){if(typeof e=="string")if(e.charAt(0)==="?"&&(e=e.substring(1)),e.indexOf("&")!==-1){let t=e.split("&");for(let o of t)this.parseQueryParamenterString(o)}else this.parseQueryParamenterString(e);else if(e.constructor===Object)for(let t in e)Object.prototype.hasOwnProperty.call(e,t)&&this.setURLComponentsQueryParamater(t,e[t]);return this}parseQueryParamenterString(e){if(this.isValidQueryKeyValuePair(e)){let t=e.indexOf("="),o=e.substring(0,t),r=e.substring(t+1);this.setURLComponentsQueryParamater(o,r)}else this.urlComponents.otherURLQueryOptions.push(e)}setURLComponentsQueryParamater(e,t){if(c0.indexOf(e)!==-1){let o=this.urlComponents.oDataQueryParams[e],r=o&&(e==="$expand"||e==="$select"||e==="$orderby");this.urlComponents.oDataQueryParams[e]=r?o+","+t:t}else this.urlComponents.otherURLQueryParams[e]=t}isValidQueryKeyValuePair(e){let t=e.indexOf("=");return!(t===-1||e.indexOf("(")!==-1&&e.indexOf("(")<t)}updateRequestOptions(e){let t=Object.assign({},e.headers);if(this.config.fetchOptions!==void 0){let o=Object.assign({},this.config.fetchOptions);Object.assign(e,o),typeof this.config.fetchOptions.headers!==void 0&&(e.headers=Object.assign({},this.config.fetchOptions.headers))}Object.assign(e,this._options),e.headers!==void 0&&Object.assign(t,e.headers),Object.assign(t,this._headers),e.headers=t}send(e,t,o){var r;return Z(this,void 0,void 0,function*(){let s,n=new zt(this._middlewareOptions);this.updateRequestOptions(t);let a=(r=this.config)===null||r===void 0?void 0:r.customHosts;try{return s=(yield this.httpClient.sendRequest({request:e,options:t,middlewareControl:n,customHosts:a})).response,yield Os.getResponse(s,this._responseType,o)}catch(l){if(l instanceof ht)throw l;let c;throw s&&(c=s.status),yield Nl.getError(l,c,o)}})}setHeaderContentType(){if(!this._headers){this.header("Content-Type","application/json");return}let e=Object.keys(this._headers);for(let t of e)if(t.toLowerCase()==="content-type")return;this.header("Content-Type","application/json")}header(e,t){return this._headers[e]=t,this}headers(e){for(let t in e)Object.prototype.hasOwnProperty.call(e,t)&&(this._headers[t]=e[t]);return this}option(e,t){return this._options[e]=t,this}options(e){for(let t in e)Object.prototype.hasOwnProperty.call(e,t)&&(this._options[t]=e[t]);return this}middlewareOptions(e){return this._middlewareOptions=e,this}version(e){return this.urlComponents.version=e,this}responseType(e){return this._responseType=e,this}select(e){return this.addCsvQueryParameter("$select",e,arguments),this}expand(e){return this.addCsvQueryParameter("$expand",e,arguments),this}orderby(e){return this.addCsvQueryParameter("$orderby",e,arguments),this}filter(e){return this.urlComponents.oDataQueryParams.$filter=e,this}search(e){return this.urlComponents.oDataQueryParams.$search=e,this}top(e){return this.urlComponents.oDataQueryParams.$top=e,this}skip(e){return this.urlComponents.oDataQueryParams.$skip=e,this}skipToken(e){return this.urlComponents.oDataQueryParams.$skipToken=e,this}count(e=!0){return this.urlComponents.oDataQueryParams.$count=e.toString(),this}query(e){return this.parseQueryParameter(e)}get(e){return Z(this,void 0,void 0,function*(){let t=this.buildFullUrl(),o={method:dt.GET};return yield this.send(t,o,e)})}post(e,t){return Z(this,void 0,void 0,function*(){let o=this.buildFullUrl(),r={method:dt.POST,body:Fl(e)};return(e&&e.constructor&&e.constructor.name)==="FormData"?r.headers={}:(this.setHeaderContentType(),r.headers=this._headers),yield this.send(o,r,t)})}create(e,t){return Z(this,void 0,void 0,function*(){return yield this.post(e,t)})}put(e,t){return Z(this,void 0,void 0,function*(){let o=this.buildFullUrl();this.setHeaderContentType();let r={method:dt.PUT,body:Fl(e)};return yield this.send(o,r,t)})}patch(e,t){return Z(this,void 0,void 0,function*(){let o=this.buildFullUrl();this.setHeaderContentType();let r={method:dt.PATCH,body:Fl(e)};return yield this.send(o,r,t)})}update(e,t){return Z(this,void 0,void 0,function*(){return yield this.patch(e,t)})}delete(e){return Z(this,void 0,void 0,function*(){let t=this.buildFullUrl(),o={method:dt.DELETE};return yield this.send(t,o,e)})}del(e){return Z(this,void 0,void 0,function*(){return yield this.delete(e)})}getStream(e){return Z(this,void 0,void 0,function*(){let t=this.buildFullUrl(),o={method:dt.GET};return this.responseType(ft.STREAM),yield this.send(t,o,e)})}putStream(e,t){return Z(this,void 0,void 0,function*(){let o=this.buildFullUrl(),r={method:dt.PUT,headers:{"Content-Type":"application/octet-stream"},body:e};return yield this.send(o,r,t)})}}});var Ms,Su=d(()=>{Oe();Ms=class{constructor(...e){if(!e||!e.length){let t=new Error;throw t.name="InvalidMiddlewareChain",t.message="Please provide a default middleware chain or custom middleware chain",t}this.setMiddleware(...e)}setMiddleware(...e){e.length>1?this.parseMiddleWareArray(e):this.middleware=e[0]}parseMiddleWareArray(e){e.forEach((t,o)=>{o<e.length-1&&t.setNext(e[o+1])}),this.middleware=e[0]}sendRequest(e){return Z(this,void 0,void 0,function*(){if(typeof e.request=="string"&&e.options===void 0){let t=new Error;throw t.name="InvalidRequestOptions",t.message="Unable to execute the middleware, Please provide valid options for a request",t}return yield this.middleware.execute(e),e})}}});var W6,Ul,C0=d(()=>{Su();El();Al();Gn();qn();Ol();Pl();Ml();W6=()=>typeof process=="object"&&typeof nu=="function",Ul=class i{static createWithAuthenticationProvider(e){let t=new Yo(e),o=new xi(new Dt),r=new gi,s=new $o;if(t.setNext(o),W6()){let n=new Ni(new mi);o.setNext(n),n.setNext(r)}else o.setNext(r);return r.setNext(s),i.createWithMiddleware(t)}static createWithMiddleware(...e){return new Ms(...e)}}});var $0,S0=d(()=>{$0=()=>{if(typeof Promise>"u"&&typeof fetch>"u"){let i=new Error("Library cannot function without Promise and fetch. So, please provide polyfill for them.");throw i.name="PolyFillNotAvailable",i}else if(typeof Promise>"u"){let i=new Error("Library cannot function without Promise. So, please provide polyfill for it.");throw i.name="PolyFillNotAvailable",i}else if(typeof fetch>"u"){let i=new Error("Library cannot function without fetch. So, please provide polyfill for it.");throw i.name="PolyFillNotAvailable",i}return!0}});var Hs,k0=d(()=>{cu();wu();$u();Su();C0();S0();Hs=class i{constructor(e){this.config={baseUrl:a0,debugLogging:!1,defaultVersion:n0},$0();for(let o in e)Object.prototype.hasOwnProperty.call(e,o)&&(this.config[o]=e[o]);let t;if(e.authProvider!==void 0&&e.middleware!==void 0){let o=new Error;throw o.name="AmbiguityInInitialization",o.message="Unable to Create Client, Please provide either authentication provider for default middleware chain or custom middleware chain not both",o}else if(e.authProvider!==void 0)t=Ul.createWithAuthenticationProvider(e.authProvider);else if(e.middleware!==void 0)t=new Ms(...[].concat(e.middleware));else{let o=new Error;throw o.name="InvalidMiddlewareChain",o.message="Unable to Create Client, Please provide either authentication provider for default middleware chain or custom middleware chain",o}this.httpClient=t}static init(e){let t={};for(let o in e)Object.prototype.hasOwnProperty.call(e,o)&&(t[o]=o==="authProvider"?new Jn(e[o]):e[o]);return i.initWithMiddleware(t)}static initWithMiddleware(e){return new i(e)}api(e){return new Kn(this.httpClient,this.config,e)}}});var zr=d(()=>{r0();s0();El();Al();Pl();Ol();Ml();m0();hu();qn();Gn();Ps();uu();Hl();v0();vu();b0();xu();y0();bu();gu();mu();x0();k0();wu();Cu();Co();$u();Zn()});var Z6,_0,R0=d(()=>{Z6=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},_0=i=>Z6(void 0,void 0,void 0,function*(){return new Promise(e=>{setTimeout(e,i)})})});var Ui,ea=d(()=>{Ui=class{constructor(){this.eventHandlers=[]}fire(e){for(let t of this.eventHandlers)t(e)}add(e){this.eventHandlers.push(e)}remove(e){for(let t=0;t<this.eventHandlers.length;t++)this.eventHandlers[t]===e&&(this.eventHandlers.splice(t,1),t--)}}});var jl,ql=d(()=>{Rl();jl=i=>{try{let t=new URL(i).origin;if(o0.has(t))return t}catch{return}}});var Gl,F0,le,Vs=d(()=>{ql();Rl();ea();Gl=class{get isMultiAccountSupportedAndEnabled(){return!1}get approvedScopes(){return this._approvedScopes}set approvedScopes(e){this._approvedScopes=e.map(t=>t.toLowerCase())}hasAtLeastOneApprovedScope(e){return e.some(t=>this.approvedScopes.includes(t.toLowerCase().trim()))}hasAllOneApprovedScope(e){return e.some(t=>!this.approvedScopes.includes(t.toLowerCase().trim()))}needsAdditionalScopes(e){let t=[];return e.length&&!this.hasAtLeastOneApprovedScope(e)&&t.push(e[0].trim()),t}set baseURL(e){if(jl(e)){this._baseURL=e;return}else throw new Error(`${e} is not a valid Graph URL endpoint.`)}get baseURL(){return this._baseURL}set customHosts(e){this._customHosts=e}get customHosts(){return this._customHosts}get isMultiAccountSupported(){return this.isMultipleAccountSupported}get state(){return this._state}get isIncrementalConsentDisabled(){return this._isIncrementalConsentDisabled}set isIncrementalConsentDisabled(e){this._isIncrementalConsentDisabled=e}get name(){return"MgtIProvider"}constructor(){this.isMultipleAccountDisabled=!0,this._loginChangedDispatcher=new Ui,this._activeAccountChangedDispatcher=new Ui,this._baseURL=lu,this._approvedScopes=[],this._customHosts=void 0,this._isIncrementalConsentDisabled=!1,this.isMultipleAccountSupported=!1,this._state=le.Loading}setState(e){e!==this._state&&(this._state=e,this._loginChangedDispatcher.fire({}))}onStateChanged(e){this._loginChangedDispatcher.add(e)}removeStateChangedHandler(e){this._loginChangedDispatcher.remove(e)}setActiveAccount(e){this.fireActiveAccountChanged()}onActiveAccountChanged(e){this._activeAccountChangedDispatcher.add(e)}removeActiveAccountChangedHandler(e){this._activeAccountChangedDispatcher.remove(e)}fireActiveAccountChanged(){this._activeAccountChangedDispatcher.fire({})}getAccessTokenForScopes(...e){return this.getAccessToken({scopes:e})}};(function(i){i[i.Popup=0]="Popup",i[i.Redirect=1]="Redirect"})(F0||(F0={}));(function(i){i[i.Loading=0]="Loading",i[i.SignedOut=1]="SignedOut",i[i.SignedIn=2]="SignedIn"})(le||(le={}))});var Wl,W,Zl,Nr=d(()=>{ea();Vs();Wl=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},W=class i{static get globalProvider(){return this._globalProvider}static set globalProvider(e){e!==this._globalProvider&&(this._globalProvider&&(this._globalProvider.removeStateChangedHandler(this.handleProviderStateChanged),this._globalProvider.isMultiAccountSupportedAndEnabled&&this._globalProvider.removeActiveAccountChangedHandler(this.handleActiveAccountChanged)),e&&(e.onStateChanged(this.handleProviderStateChanged),e.isMultiAccountSupportedAndEnabled&&e.onActiveAccountChanged(this.handleActiveAccountChanged)),this._globalProvider=e,this._eventDispatcher.fire(Zl.ProviderChanged))}static onProviderUpdated(e){this._eventDispatcher.add(e)}static removeProviderUpdatedListener(e){this._eventDispatcher.remove(e)}static onActiveAccountChanged(e){this._activeAccountChangedDispatcher.add(e)}static removeActiveAccountChangedListener(e){this._activeAccountChangedDispatcher.remove(e)}static me(){return this.client?(this._mePromise||(this._mePromise=this.getMe()),this._mePromise):(this._mePromise=null,null)}static getMe(){return Wl(this,void 0,void 0,function*(){try{let e=yield this.client.api("me").get();if(e?.id)return e}catch{}return null})}static getCacheId(){var e;return Wl(this,void 0,void 0,function*(){if(this._cacheId)return this._cacheId;if(((e=i.globalProvider)===null||e===void 0?void 0:e.state)===le.SignedIn&&!this._cacheId&&this.client)try{this._cacheId=yield this.createCacheId()}catch{}return this._cacheId})}static unsetCacheId(){this._cacheId=null,this._mePromise=null}static createCacheId(){return Wl(this,void 0,void 0,function*(){if(i.globalProvider.isMultiAccountSupportedAndEnabled){let e=this.createCacheIdWithAccountDetails();if(e)return e}return yield this.createCacheIdWithUserDetails()})}static createCacheIdWithUserDetails(){return Wl(this,void 0,void 0,function*(){let e=yield this.me();return e?.id?e.id+"-"+e.userPrincipalName:null})}static createCacheIdWithAccountDetails(){let e=i.globalProvider.getActiveAccount();return e.tenantId&&e.id?e.tenantId+e.id:null}static get client(){return i.globalProvider&&i.globalProvider.state===le.SignedIn?i.globalProvider.graph.client:null}};W._eventDispatcher=new Ui;W._activeAccountChangedDispatcher=new Ui;W.handleProviderStateChanged=()=>{(!W.globalProvider||W.globalProvider.state!==le.SignedIn)&&(W._mePromise=null),W._eventDispatcher.fire(Zl.ProviderStateChanged)};W.handleActiveAccountChanged=()=>{W.unsetCacheId(),W._activeAccountChangedDispatcher.fire(null)};(function(i){i[i.ProviderChanged=0]="ProviderChanged",i[i.ProviderStateChanged=1]="ProviderStateChanged"})(Zl||(Zl={}))});var pe,ku=d(()=>{zr();Nr();pe=(i,e=W.globalProvider)=>{let o={scopes:e.needsAdditionalScopes(i)};return e.isIncrementalConsentDisabled?[]:[new Vr(void 0,o)]}});var Ql,T0=d(()=>{Ql=class{constructor(e,t,o,r){this.resource=o.startsWith("/")?o:`/${o}`,this.method=r,this.index=e,this.id=t}}});var I0,Xl,L0=d(()=>{au();zr();R0();ku();T0();I0=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Xl=class i{static get baseUrl(){return"https://graph.microsoft.com"}constructor(e){this.graph=e,this.allRequests=[],this.requestsQueue=[],this.scopes=[],this.nextIndex=0,this.retryAfter=0}get hasRequests(){return this.requestsQueue.length>0}get(e,t,o,r){let s=this.nextIndex++,n=new Ql(s,e,t,"GET");n.headers=r,this.allRequests.push(n),this.requestsQueue.push(s),o&&(this.scopes=this.scopes.concat(o))}executeNext(){return I0(this,void 0,void 0,function*(){let e=new Map;if(this.retryAfter&&(yield _0(this.retryAfter*1e3),this.retryAfter=0),!this.hasRequests)return e;let t=this.requestsQueue.splice(0,20),o=new Es;for(let l of t.map(c=>this.allRequests[c]))o.addRequest({id:l.index.toString(),request:new Request(i.baseUrl+l.resource,{method:l.method,headers:l.headers})});let r=this.scopes.length?pe(this.scopes):[],s=this.graph.api("$batch").middlewareOptions(r),n=yield o.getContent(),a=yield s.post(n);for(let l of a.responses){let c=new _l,h=parseInt(l.id,10),u=this.allRequests[h];if(c.id=u.id,c.index=u.index,c.headers=l.headers,l.status!==200){if(l.status===429){this.requestsQueue.unshift(h);let v=l.headers["Retry-After"];this.retryAfter=Math.max(this.retryAfter,parseInt(v,10)||1)}continue}else typeof l.body=="string"?l.headers["Content-Type"].includes("image/jpeg")?c.content="data:image/jpeg;base64,"+l.body:l.headers["Content-Type"].includes("image/pjpeg")?c.content="data:image/pjpeg;base64,"+l.body:l.headers["Content-Type"].includes("image/png")&&(c.content="data:image/png;base64,"+l.body):c.content=l.body;e.set(u.id,c)}return e})}executeAll(){return I0(this,void 0,void 0,function*(){let e=new Map;for(;this.hasRequests;){let t=yield this.executeNext();for(let[o,r]of t)e.set(o,r)}return e})}}});var Bs,_u=d(()=>{Bs=class{constructor(e){typeof e=="string"?this.componentName=e:this.componentName=e.tagName.toLowerCase()}}});var D0,E0=d(()=>{D0=(...i)=>{let e=i[0],t=e;for(let o=1;o<i.length;++o){let r=i[o];t.setNext&&t.setNext(r),t=r}return e}});var Q6,Yl,A0=d(()=>{Xo();_u();ql();Q6=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Yl=class{constructor(e,t){this._packageVersion=e,this._providerName=t}execute(e){var t;return Q6(this,void 0,void 0,function*(){try{if(typeof e.request=="string")if(jl(e.request)){let o=[],r=e.middlewareControl.getMiddlewareOptions(Bs);if(r){let a=`${r.componentName}/${this._packageVersion}`;o.push(a)}if(this._providerName){let a=`${this._providerName}/${this._packageVersion}`;o.push(a)}let s=`mgt/${this._packageVersion}`;o.push(s),o.push(As(e.request,e.options,"SdkVersion"));let n=o.join(", ");Qo(e.request,e.options,"SdkVersion",n)}else(t=e?.options)===null||t===void 0||delete t.headers.SdkVersion}catch{}return yield this._nextMiddleware.execute(e)})}setNext(e){this._nextMiddleware=e}}});var zs,Jl=d(()=>{zs="4.6.0"});var Ru,Et,ta=d(()=>{Ru=class{constructor(){this._disambiguation=""}get defaultPrefix(){return"mgt"}withDisambiguation(e){return e&&!this._disambiguation&&(this._disambiguation=e.toLowerCase(),e!==this._disambiguation&&console.warn(`\u{1F992}: Disambiguation value, ${e}, should be lowercase. Value has been converted to lowercase, ${this._disambiguation}.`)),this}get prefix(){return this._disambiguation?`${this.defaultPrefix}-${this._disambiguation}`:this.defaultPrefix}get disambiguation(){return this._disambiguation}get isDisambiguated(){return!!this._disambiguation}normalize(e){return this.isDisambiguated?e.toUpperCase().replace(this.prefix.toUpperCase(),this.defaultPrefix.toUpperCase()):e}},Et=new Ru});var X6,Kl,P0=d(()=>{zr();L0();_u();ta();X6="v1.0",Kl=class i{get client(){return this._client}get componentName(){return this._componentName}get version(){return this._version}constructor(e,t=X6){this._client=e,this._version=t}forComponent(e){let t=new i(this._client,this._version);return t.setComponent(e),t}api(e){let t=this._client.api(e).version(this._version);return this._componentName&&(t.middlewareOptions=o=>(t._middlewareOptions=t._middlewareOptions.concat(o),t),t=t.middlewareOptions([new Bs(this._componentName)])),t}createBatch(){return new Xl(this)}setComponent(e){this._componentName=e instanceof Element?Et.normalize(e.tagName):e}}});var O0=d(()=>{});var ec,tc,Fu,M0,ia,H0,ze,V0,Tu,Iu=d(()=>{ec=globalThis,tc=ec.ShadowRoot&&(ec.ShadyCSS===void 0||ec.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Fu=Symbol(),M0=new WeakMap,ia=class{constructor(e,t,o){if(this._$cssResult$=!0,o!==Fu)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(tc&&e===void 0){let o=t!==void 0&&t.length===1;o&&(e=M0.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),o&&M0.set(t,e))}return e}toString(){return this.cssText}},H0=i=>new ia(typeof i=="string"?i:i+"",void 0,Fu),ze=(i,...e)=>{let t=i.length===1?i[0]:e.reduce((o,r,s)=>o+(n=>{if(n._$cssResult$===!0)return n.cssText;if(typeof n=="number")return n;throw Error("Value passed to 'css' function must be a 'css' function result: "+n+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+i[s+1],i[0]);return new ia(t,i,Fu)},V0=(i,e)=>{if(tc)i.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let o=document.createElement("style"),r=ec.litNonce;r!==void 0&&o.setAttribute("nonce",r),o.textContent=t.cssText,i.appendChild(o)}},Tu=tc?i=>i:i=>i instanceof CSSStyleSheet?(e=>{let t="";for(let o of e.cssRules)t+=o.cssText;return H0(t)})(i):i});var Y6,J6,K6,e7,t7,i7,ic,B0,o7,r7,oa,ra,Ns,z0,So,Us=d(()=>{Iu();Iu();({is:Y6,defineProperty:J6,getOwnPropertyDescriptor:K6,getOwnPropertyNames:e7,getOwnPropertySymbols:t7,getPrototypeOf:i7}=Object),ic=globalThis,B0=ic.trustedTypes,o7=B0?B0.emptyScript:"",r7=ic.reactiveElementPolyfillSupport,oa=(i,e)=>i,ra={toAttribute(i,e){switch(e){case Boolean:i=i?o7:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,e){let t=i;switch(e){case Boolean:t=i!==null;break;case Number:t=i===null?null:Number(i);break;case Object:case Array:try{t=JSON.parse(i)}catch{t=null}}return t}},Ns=(i,e)=>!Y6(i,e),z0={attribute:!0,type:String,converter:ra,reflect:!1,useDefault:!1,hasChanged:Ns};Symbol.metadata??=Symbol("metadata"),ic.litPropertyMetadata??=new WeakMap;So=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=z0){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let o=Symbol(),r=this.getPropertyDescriptor(e,o,t);r!==void 0&&J6(this.prototype,e,r)}}static getPropertyDescriptor(e,t,o){let{get:r,set:s}=K6(this.prototype,e)??{get(){return this[t]},set(n){this[t]=n}};return{get:r,set(n){let a=r?.call(this);s?.call(this,n),this.requestUpdate(e,a,o)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??z0}static _$Ei(){if(this.hasOwnProperty(oa("elementProperties")))return;let e=i7(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(oa("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(oa("properties"))){let t=this.properties,o=[...e7(t),...t7(t)];for(let r of o)this.createProperty(r,t[r])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[o,r]of t)this.elementProperties.set(o,r)}this._$Eh=new Map;for(let[t,o]of this.elementProperties){let r=this._$Eu(t,o);r!==void 0&&this._$Eh.set(r,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let o=new Set(e.flat(1/0).reverse());for(let r of o)t.unshift(Tu(r))}else e!==void 0&&t.push(Tu(e));return t}static _$Eu(e,t){let o=t.attribute;return o===!1?void 0:typeof o=="string"?o:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let o of t.keys())this.hasOwnProperty(o)&&(e.set(o,this[o]),delete this[o]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return V0(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,o){this._$AK(e,o)}_$ET(e,t){let o=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,o);if(r!==void 0&&o.reflect===!0){let s=(o.converter?.toAttribute!==void 0?o.converter:ra).toAttribute(t,o.type);this._$Em=e,s==null?this.removeAttribute(r):this.setAttribute(r,s),this._$Em=null}}_$AK(e,t){let o=this.constructor,r=o._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let s=o.getPropertyOptions(r),n=typeof s.converter=="function"?{fromAttribute:s.converter}:s.converter?.fromAttribute!==void 0?s.converter:ra;this._$Em=r;let a=n.fromAttribute(t,s.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,o,r=!1,s){if(e!==void 0){let n=this.constructor;if(r===!1&&(s=this[e]),o??=n.getPropertyOptions(e),!((o.hasChanged??Ns)(s,t)||o.useDefault&&o.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(n._$Eu(e,o))))return;this.C(e,t,o)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:o,reflect:r,wrapped:s},n){o&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,n??t??this[e]),s!==!0||n!==void 0)||(this._$AL.has(e)||(this.hasUpdated||o||(t=void 0),this._$AL.set(e,t)),r===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,s]of this._$Ep)this[r]=s;this._$Ep=void 0}let o=this.constructor.elementProperties;if(o.size>0)for(let[r,s]of o){let{wrapped:n}=s,a=this[r];n!==!0||this._$AL.has(r)||a===void 0||this.C(r,void 0,s,a)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(o=>o.hostUpdate?.()),this.update(t)):this._$EM()}catch(o){throw e=!1,this._$EM(),o}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};So.elementStyles=[],So.shadowRootOptions={mode:"open"},So[oa("elementProperties")]=new Map,So[oa("finalized")]=new Map,r7?.({ReactiveElement:So}),(ic.reactiveElementVersions??=[]).push("2.1.2")});function Y0(i,e){if(!Pu(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return U0!==void 0?U0.createHTML(e):e}function Gr(i,e,t=i,o){if(e===ji)return e;let r=o!==void 0?t._$Co?.[o]:t._$Cl,s=aa(e)?void 0:e._$litDirective$;return r?.constructor!==s&&(r?._$AO?.(!1),s===void 0?r=void 0:(r=new s(i),r._$AT(i,t,o)),o!==void 0?(t._$Co??=[])[o]=r:t._$Cl=r),r!==void 0&&(e=Gr(i,r._$AS(i,e.values),r,o)),e}var Du,N0,oc,U0,Eu,ko,Au,s7,qr,na,aa,Pu,Q0,Lu,sa,j0,q0,Ur,G0,W0,X0,Ou,g,PF,OF,ji,Ie,Z0,jr,J0,la,rc,js,Wr,sc,nc,ac,lc,K0,n7,ev,Ko=d(()=>{Du=globalThis,N0=i=>i,oc=Du.trustedTypes,U0=oc?oc.createPolicy("lit-html",{createHTML:i=>i}):void 0,Eu="$lit$",ko=`lit$${Math.random().toFixed(9).slice(2)}$`,Au="?"+ko,s7=`<${Au}>`,qr=document,na=()=>qr.createComment(""),aa=i=>i===null||typeof i!="object"&&typeof i!="function",Pu=Array.isArray,Q0=i=>Pu(i)||typeof i?.[Symbol.iterator]=="function",Lu=`[ 	
\f\r]`,sa=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,j0=/-->/g,q0=/>/g,Ur=RegExp(`>|${Lu}(?:([^\\s"'>=/]+)(${Lu}*=${Lu}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),G0=/'/g,W0=/"/g,X0=/^(?:script|style|textarea|title)$/i,Ou=i=>(e,...t)=>({_$litType$:i,strings:e,values:t}),g=Ou(1),PF=Ou(2),OF=Ou(3),ji=Symbol.for("lit-noChange"),Ie=Symbol.for("lit-nothing"),Z0=new WeakMap,jr=qr.createTreeWalker(qr,129);J0=(i,e)=>{let t=i.length-1,o=[],r,s=e===2?"<svg>":e===3?"<math>":"",n=sa;for(let a=0;a<t;a++){let l=i[a],c,h,u=-1,v=0;for(;v<l.length&&(n.lastIndex=v,h=n.exec(l),h!==null);)v=n.lastIndex,n===sa?h[1]==="!--"?n=j0:h[1]!==void 0?n=q0:h[2]!==void 0?(X0.test(h[2])&&(r=RegExp("</"+h[2],"g")),n=Ur):h[3]!==void 0&&(n=Ur):n===Ur?h[0]===">"?(n=r??sa,u=-1):h[1]===void 0?u=-2:(u=n.lastIndex-h[2].length,c=h[1],n=h[3]===void 0?Ur:h[3]==='"'?W0:G0):n===W0||n===G0?n=Ur:n===j0||n===q0?n=sa:(n=Ur,r=void 0);let y=n===Ur&&i[a+1].startsWith("/>")?" ":"";s+=n===sa?l+s7:u>=0?(o.push(c),l.slice(0,u)+Eu+l.slice(u)+ko+y):l+ko+(u===-2?a:y)}return[Y0(i,s+(i[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),o]},la=class i{constructor({strings:e,_$litType$:t},o){let r;this.parts=[];let s=0,n=0,a=e.length-1,l=this.parts,[c,h]=J0(e,t);if(this.el=i.createElement(c,o),jr.currentNode=this.el.content,t===2||t===3){let u=this.el.content.firstChild;u.replaceWith(...u.childNodes)}for(;(r=jr.nextNode())!==null&&l.length<a;){if(r.nodeType===1){if(r.hasAttributes())for(let u of r.getAttributeNames())if(u.endsWith(Eu)){let v=h[n++],y=r.getAttribute(u).split(ko),S=/([.?@])?(.*)/.exec(v);l.push({type:1,index:s,name:S[2],strings:y,ctor:S[1]==="."?sc:S[1]==="?"?nc:S[1]==="@"?ac:Wr}),r.removeAttribute(u)}else u.startsWith(ko)&&(l.push({type:6,index:s}),r.removeAttribute(u));if(X0.test(r.tagName)){let u=r.textContent.split(ko),v=u.length-1;if(v>0){r.textContent=oc?oc.emptyScript:"";for(let y=0;y<v;y++)r.append(u[y],na()),jr.nextNode(),l.push({type:2,index:++s});r.append(u[v],na())}}}else if(r.nodeType===8)if(r.data===Au)l.push({type:2,index:s});else{let u=-1;for(;(u=r.data.indexOf(ko,u+1))!==-1;)l.push({type:7,index:s}),u+=ko.length-1}s++}}static createElement(e,t){let o=qr.createElement("template");return o.innerHTML=e,o}};rc=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:o}=this._$AD,r=(e?.creationScope??qr).importNode(t,!0);jr.currentNode=r;let s=jr.nextNode(),n=0,a=0,l=o[0];for(;l!==void 0;){if(n===l.index){let c;l.type===2?c=new js(s,s.nextSibling,this,e):l.type===1?c=new l.ctor(s,l.name,l.strings,this,e):l.type===6&&(c=new lc(s,this,e)),this._$AV.push(c),l=o[++a]}n!==l?.index&&(s=jr.nextNode(),n++)}return jr.currentNode=qr,r}p(e){let t=0;for(let o of this._$AV)o!==void 0&&(o.strings!==void 0?(o._$AI(e,o,t),t+=o.strings.length-2):o._$AI(e[t])),t++}},js=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,o,r){this.type=2,this._$AH=Ie,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=o,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Gr(this,e,t),aa(e)?e===Ie||e==null||e===""?(this._$AH!==Ie&&this._$AR(),this._$AH=Ie):e!==this._$AH&&e!==ji&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Q0(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==Ie&&aa(this._$AH)?this._$AA.nextSibling.data=e:this.T(qr.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:o}=e,r=typeof o=="number"?this._$AC(e):(o.el===void 0&&(o.el=la.createElement(Y0(o.h,o.h[0]),this.options)),o);if(this._$AH?._$AD===r)this._$AH.p(t);else{let s=new rc(r,this),n=s.u(this.options);s.p(t),this.T(n),this._$AH=s}}_$AC(e){let t=Z0.get(e.strings);return t===void 0&&Z0.set(e.strings,t=new la(e)),t}k(e){Pu(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,o,r=0;for(let s of e)r===t.length?t.push(o=new i(this.O(na()),this.O(na()),this,this.options)):o=t[r],o._$AI(s),r++;r<t.length&&(this._$AR(o&&o._$AB.nextSibling,r),t.length=r)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let o=N0(e).nextSibling;N0(e).remove(),e=o}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Wr=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,o,r,s){this.type=1,this._$AH=Ie,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=s,o.length>2||o[0]!==""||o[1]!==""?(this._$AH=Array(o.length-1).fill(new String),this.strings=o):this._$AH=Ie}_$AI(e,t=this,o,r){let s=this.strings,n=!1;if(s===void 0)e=Gr(this,e,t,0),n=!aa(e)||e!==this._$AH&&e!==ji,n&&(this._$AH=e);else{let a=e,l,c;for(e=s[0],l=0;l<s.length-1;l++)c=Gr(this,a[o+l],t,l),c===ji&&(c=this._$AH[l]),n||=!aa(c)||c!==this._$AH[l],c===Ie?e=Ie:e!==Ie&&(e+=(c??"")+s[l+1]),this._$AH[l]=c}n&&!r&&this.j(e)}j(e){e===Ie?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},sc=class extends Wr{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===Ie?void 0:e}},nc=class extends Wr{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==Ie)}},ac=class extends Wr{constructor(e,t,o,r,s){super(e,t,o,r,s),this.type=5}_$AI(e,t=this){if((e=Gr(this,e,t,0)??Ie)===ji)return;let o=this._$AH,r=e===Ie&&o!==Ie||e.capture!==o.capture||e.once!==o.once||e.passive!==o.passive,s=e!==Ie&&(o===Ie||r);r&&this.element.removeEventListener(this.name,this,o),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},lc=class{constructor(e,t,o){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=o}get _$AU(){return this._$AM._$AU}_$AI(e){Gr(this,e)}},K0={M:Eu,P:ko,A:Au,C:1,L:J0,R:rc,D:Q0,V:Gr,I:js,H:Wr,N:nc,U:ac,B:sc,F:lc},n7=Du.litHtmlPolyfillSupport;n7?.(la,js),(Du.litHtmlVersions??=[]).push("3.3.3");ev=(i,e,t)=>{let o=t?.renderBefore??e,r=o._$litPart$;if(r===void 0){let s=t?.renderBefore??null;o._$litPart$=r=new js(e.insertBefore(na(),s),s,void 0,t??{})}return r._$AI(i),r}});var Mu,to,a7,tv=d(()=>{Us();Us();Ko();Ko();Mu=globalThis,to=class extends So{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=ev(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return ji}};to._$litElement$=!0,to.finalized=!0,Mu.litElementHydrateSupport?.({LitElement:to});a7=Mu.litElementPolyfillSupport;a7?.({LitElement:to});(Mu.litElementVersions??=[]).push("4.2.2")});var iv=d(()=>{});var xe=d(()=>{Us();Ko();tv();iv()});var ov=d(()=>{});function _(i){return(e,t)=>typeof t=="object"?c7(i,e,t):((o,r,s)=>{let n=r.hasOwnProperty(s);return r.constructor.createProperty(s,o),n?Object.getOwnPropertyDescriptor(r,s):void 0})(i,e,t)}var l7,c7,Hu=d(()=>{Us();l7={attribute:!0,type:String,converter:ra,reflect:!1,hasChanged:Ns},c7=(i=l7,e,t)=>{let{kind:o,metadata:r}=t,s=globalThis.litPropertyMetadata.get(r);if(s===void 0&&globalThis.litPropertyMetadata.set(r,s=new Map),o==="setter"&&((i=Object.create(i)).wrapped=!0),s.set(t.name,i),o==="accessor"){let{name:n}=t;return{set(a){let l=e.get.call(this);e.set.call(this,a),this.requestUpdate(n,l,i,!0,a)},init(a){return a!==void 0&&this.C(n,void 0,i,a),a}}}if(o==="setter"){let{name:n}=t;return function(a){let l=this[n];e.call(this,a),this.requestUpdate(n,l,i,!0,a)}}throw Error("Unsupported decorator location: "+o)}});function ce(i){return _({...i,state:!0,attribute:!1})}var rv=d(()=>{Hu();});var sv=d(()=>{});var qs=d(()=>{});var nv=d(()=>{qs();});var av=d(()=>{qs();});var lv=d(()=>{qs();});var cv=d(()=>{qs();});var dv=d(()=>{qs();});var xt=d(()=>{ov();Hu();rv();sv();nv();av();lv();cv();dv()});var mt,dc=d(()=>{ea();mt=class{static get strings(){return this._strings}static set strings(e){this._strings=e,this._stringsEventDispatcher.fire(null)}static getDocumentDirection(){var e,t;switch(((e=document.body)===null||e===void 0?void 0:e.getAttribute("dir"))||((t=document.documentElement)===null||t===void 0?void 0:t.getAttribute("dir"))){case"rtl":return"rtl";case"auto":return"auto";default:return"ltr"}}static onStringsUpdated(e){this._stringsEventDispatcher.add(e)}static removeOnStringsUpdated(e){this._stringsEventDispatcher.remove(e)}static onDirectionUpdated(e){this._directionEventDispatcher.add(e),this.initDirection()}static removeOnDirectionUpdated(e){this._directionEventDispatcher.remove(e)}static initDirection(){if(this._isDirectionInit)return;this._isDirectionInit=!0,this.mutationObserver=new MutationObserver(t=>{t.forEach(o=>{o.attributeName==="dir"&&this._directionEventDispatcher.fire(null)})});let e={attributes:!0,attributeFilter:["dir"]};this.mutationObserver.observe(document.body,e),this.mutationObserver.observe(document.documentElement,e)}static updateStringsForTag(e,t){var o;if(e=e.toLowerCase(),e.startsWith("mgt-")&&(e=e.substring(4)),this._strings&&t){for(let r of Object.entries(t)){let s=this._strings[r[0]];typeof s=="string"&&(t[r[0]]=s)}if(!((o=this._strings._components)===null||o===void 0)&&o[e]){let r=this._strings._components[e];for(let s of Object.keys(r))t[s]&&(t[s]=r[s])}}return t}};mt._stringsEventDispatcher=new Ui;mt._directionEventDispatcher=new Ui;mt._isDirectionInit=!1});var uv,pv,hv,_o,io,ca=d(()=>{xe();xt();Vs();Nr();dc();Jl();uv=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},pv=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},hv=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})};(function(i){i.mobile="",i.tablet="tablet",i.desktop="desktop"})(_o||(_o={}));io=class extends to{static get packageVersion(){return zs}get mediaQuery(){return this.offsetWidth<768?_o.mobile:this.offsetWidth<1200?_o.tablet:_o.desktop}get isLoadingState(){return this._isLoadingState}get isFirstUpdated(){return this._isFirstUpdated}get strings(){return{}}constructor(){super(),this.providerState=le.Loading,this.direction="ltr",this._isLoadingState=!1,this._isFirstUpdated=!1,this.setLoadingState=e=>{this._isLoadingState!==e&&(this._isLoadingState=e,this.requestUpdate("isLoadingState"))},this.handleProviderUpdates=()=>{var e,t;this.providerState=(t=(e=W.globalProvider)===null||e===void 0?void 0:e.state)!==null&&t!==void 0?t:le.Loading,this.requestStateUpdate()},this.handleActiveAccountUpdates=()=>{this.clearState(),this.requestStateUpdate()},this.handleLocalizationChanged=()=>{mt.updateStringsForTag(this.tagName,this.strings),this.requestUpdate()},this.handleDirectionChanged=()=>{this.direction=mt.getDocumentDirection()},this.handleDirectionChanged(),this.handleLocalizationChanged()}connectedCallback(){super.connectedCallback(),mt.onStringsUpdated(this.handleLocalizationChanged),mt.onDirectionUpdated(this.handleDirectionChanged)}disconnectedCallback(){super.disconnectedCallback(),mt.removeOnStringsUpdated(this.handleLocalizationChanged),mt.removeOnDirectionUpdated(this.handleDirectionChanged),W.removeProviderUpdatedListener(this.handleProviderUpdates),W.removeActiveAccountChangedListener(this.handleActiveAccountUpdates)}firstUpdated(e){super.firstUpdated(e),this._isFirstUpdated=!0,W.onProviderUpdated(this.handleProviderUpdates),W.onActiveAccountChanged(this.handleActiveAccountUpdates),this.requestStateUpdate()}loadState(){return Promise.resolve()}clearState(){}fireCustomEvent(e,t,o=!1,r=!1,s=!1){let n=new CustomEvent(e,{bubbles:o,cancelable:r,composed:s,detail:t});return this.dispatchEvent(n)}updated(e){super.updated(e);let t=new CustomEvent("updated",{bubbles:!0,cancelable:!0});this.dispatchEvent(t)}requestStateUpdate(e=!1){return hv(this,void 0,void 0,function*(){if(!this._isFirstUpdated)return;this.isLoadingState&&!e&&(yield this._currentLoadStatePromise);let t=W.globalProvider;if(!t)return Promise.resolve();if(t.state===le.SignedOut){this.clearState();return}else{if(t.state===le.Loading)return Promise.resolve();{let o=new Promise((r,s)=>hv(this,void 0,void 0,function*(){try{this.setLoadingState(!0),this.fireCustomEvent("loadingInitiated"),yield this.loadState(),this.setLoadingState(!1),this.fireCustomEvent("loadingCompleted"),r()}catch(n){this.clearState(),this.setLoadingState(!1),this.fireCustomEvent("loadingFailed"),s(n)}return this._currentLoadStatePromise=this.isLoadingState&&this._currentLoadStatePromise&&e?this._currentLoadStatePromise.then(()=>o):o}))}}})}};uv([ce(),pv("design:type",Number)],io.prototype,"providerState",void 0);uv([ce(),pv("design:type",String)],io.prototype,"direction",void 0)});var Vu,Bu,Gs,fv=d(()=>{xt();ca();Vu=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},Bu=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},Gs=class extends io{constructor(){super(...arguments),this.stateChangedHandler=()=>{this.fireCustomEvent("onStateChanged",this.provider.state)}}get provider(){return this._provider}set provider(e){this._provider&&this.provider.removeStateChangedHandler(()=>this.stateChangedHandler),this._provider=e,this._provider&&this.provider.onStateChanged(()=>this.stateChangedHandler)}get isAvailable(){return!0}firstUpdated(e){super.firstUpdated(e);let t=!1;if(this.dependsOn){let o=this.dependsOn;for(;o;){if(o.isAvailable){t=!0;break}o=o.dependsOn}}!t&&this.isAvailable&&this.initializeProvider()}initializeProvider(){}};Vu([_({attribute:"depends-on",converter:i=>document.querySelector(i),type:String}),Bu("design:type",Gs)],Gs.prototype,"dependsOn",void 0);Vu([_({attribute:"base-url",type:String}),Bu("design:type",String)],Gs.prototype,"baseUrl",void 0);Vu([_({attribute:"custom-hosts",type:String,converter:i=>i.split(",").map(e=>e.trim())}),Bu("design:type",Array)],Gs.prototype,"customHosts",void 0)});var zu,mv,da,gv,vv=d(()=>{Us();zu={INITIAL:0,PENDING:1,COMPLETE:2,ERROR:3},mv=Symbol(),da=class{get taskComplete(){return this.t||(this.i===1?this.t=new Promise(((e,t)=>{this.o=e,this.h=t})):this.i===3?this.t=Promise.reject(this.l):this.t=Promise.resolve(this.u)),this.t}constructor(e,t,o){this.p=0,this.i=0,(this._=e).addController(this);let r=typeof t=="object"?t:{task:t,args:o};this.v=r.task,this.j=r.args,this.m=r.argsEqual??gv,this.k=r.onComplete,this.A=r.onError,this.autoRun=r.autoRun??!0,"initialValue"in r&&(this.u=r.initialValue,this.i=2,this.O=this.T?.())}hostUpdate(){this.autoRun===!0&&this.S()}hostUpdated(){this.autoRun==="afterUpdate"&&this.S()}T(){if(this.j===void 0)return;let e=this.j();if(!Array.isArray(e))throw Error("The args function must return an array");return e}async S(){let e=this.T(),t=this.O;this.O=e,e===t||e===void 0||t!==void 0&&this.m(t,e)||await this.run(e)}async run(e){let t,o;e??=this.T(),this.O=e,this.i===1?this.q?.abort():(this.t=void 0,this.o=void 0,this.h=void 0),this.i=1,this.autoRun==="afterUpdate"?queueMicrotask((()=>this._.requestUpdate())):this._.requestUpdate();let r=++this.p;this.q=new AbortController;let s=!1;try{t=await this.v(e,{signal:this.q.signal})}catch(n){s=!0,o=n}if(this.p===r){if(t===mv)this.i=0;else{if(s===!1){try{this.k?.(t)}catch{}this.i=2,this.o?.(t)}else{try{this.A?.(o)}catch{}this.i=3,this.h?.(o)}this.u=t,this.l=o}this._.requestUpdate()}}abort(e){this.i===1&&this.q?.abort(e)}get value(){return this.u}get error(){return this.l}get status(){return this.i}render(e){switch(this.i){case 0:return e.initial?.();case 1:return e.pending?.();case 2:return e.complete?.(this.value);case 3:return e.error?.(this.error);default:throw Error("Unexpected status: "+this.i)}}},gv=(i,e)=>i===e||i.length===e.length&&i.every(((t,o)=>!Ns(t,e[o])))});var Nu=d(()=>{vv()});var bv,yv,d7,oo,Uu=d(()=>{Nu();xe();xt();Vs();Nr();dc();Jl();ca();bv=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},yv=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},d7=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},oo=class extends to{static get packageVersion(){return zs}get mediaQuery(){return this.offsetWidth<768?_o.mobile:this.offsetWidth<1200?_o.tablet:_o.desktop}get isFirstUpdated(){return this._isFirstUpdated}get strings(){return{}}constructor(){super(),this.providerState=le.Loading,this.direction="ltr",this._isFirstUpdated=!1,this._task=new da(this,{task:()=>this.loadState(),args:()=>this.args()}),this.renderLoading=()=>g`<span>Loading...</span>`,this.renderError=e=>g`<p>Error: ${e}</p>`,this.renderContent=()=>g`<!-- baseTaskComponent, please implement renderContent -->`,this.handleProviderUpdates=()=>{var e,t;this.providerState=(t=(e=W.globalProvider)===null||e===void 0?void 0:e.state)!==null&&t!==void 0?t:le.Loading},this.handleActiveAccountUpdates=()=>{this.clearState()},this.handleLocalizationChanged=()=>{mt.updateStringsForTag(this.tagName,this.strings),this.requestUpdate()},this.handleDirectionChanged=()=>{this.direction=mt.getDocumentDirection()},this.handleDirectionChanged(),this.handleLocalizationChanged()}connectedCallback(){super.connectedCallback(),mt.onStringsUpdated(this.handleLocalizationChanged),mt.onDirectionUpdated(this.handleDirectionChanged)}disconnectedCallback(){super.disconnectedCallback(),mt.removeOnStringsUpdated(this.handleLocalizationChanged),mt.removeOnDirectionUpdated(this.handleDirectionChanged),W.removeProviderUpdatedListener(this.handleProviderUpdates),W.removeActiveAccountChangedListener(this.handleActiveAccountUpdates)}firstUpdated(e){super.firstUpdated(e),this._isFirstUpdated=!0,W.onProviderUpdated(this.handleProviderUpdates),W.onActiveAccountChanged(this.handleActiveAccountUpdates)}clearState(){}fireCustomEvent(e,t,o=!1,r=!1,s=!1){let n=new CustomEvent(e,{bubbles:o,cancelable:r,composed:s,detail:t});return this.dispatchEvent(n)}updated(e){super.updated(e),this.fireCustomEvent("updated",void 0,!0,!1)}loadState(){return d7(this,void 0,void 0,function*(){return Promise.resolve()})}args(){return[this.providerState]}render(){return this._task.render({pending:this.renderLoading,complete:this.renderContent,error:this.renderError})}};bv([ce(),yv("design:type",Number)],oo.prototype,"providerState",void 0);bv([ce(),yv("design:type",String)],oo.prototype,"direction",void 0)});var hc,ju,xv,uc=d(()=>{hc=(i,e)=>ju(i,e,new Set),ju=(i,e,t)=>{let o=Object.prototype.toString.call(i),r=Object.prototype.toString.call(e);if(typeof i=="object"&&typeof e=="object"&&o===r&&o==="[object Object]"&&!t.has(i)){t.add(i);for(let s in i)if(!ju(i[s],e[s],t))return!1;for(let s in e)if(!Object.prototype.hasOwnProperty.call(i,s))return!1;return!0}if(Array.isArray(i)&&Array.isArray(e)&&!t.has(i)){if(t.add(i),i.length!==e.length)return!1;for(let s=0;s<i.length;s++)if(!ju(i[s],e[s],t))return!1;return!0}return i===e},xv=(i,e)=>{if(i===e)return!0;if(!i||!e||i.length!==e.length)return!1;if(i.length===0)return!0;let t=new Set(i);for(let o of e)if(!t.has(o))return!1;return!0}});var Zr,pc=d(()=>{Zr=class{static renderTemplate(e,t,o){var r;t.$parentTemplateContext&&(o=Object.assign(Object.assign({},o),{$parent:t.$parentTemplateContext}));let s;if(!((r=t.content)===null||r===void 0)&&r.childNodes.length){let n=t.content.cloneNode(!0);s=this.renderNode(n,e,o)}else if(t.childNodes.length){let n=document.createElement("div");for(let a of t.childNodes)n.appendChild(this.simpleCloneNode(a));s=this.renderNode(n,e,o)}s&&e.appendChild(s)}static setBindingSyntax(e,t){this._startExpression=e,this._endExpression=t;let o=this.escapeRegex(this._startExpression),r=this.escapeRegex(this._endExpression);this._expression=new RegExp(`${o}\\s*([$\\w\\.,'"\\s()\\[\\]]+)\\s*${r}`,"g")}static get globalContext(){return this._globalContext}static get expression(){return this._expression||this.setBindingSyntax("{{","}}"),this._expression}static escapeRegex(e){return e.replace(/[-/\\^$*+?.()|[\]{}]/g,"\\$&")}static simpleCloneNode(e){if(!e)return null;let t=e.cloneNode(!1);for(let o of e.childNodes){let r=this.simpleCloneNode(o);r&&t.appendChild(r)}return t}static expandExpressionsAsString(e,t){return e.replace(this.expression,(o,r)=>{let s=this.evalInContext(r||this.trimExpression(o),t);return s?typeof s=="object"?JSON.stringify(s):s.toString():""})}static renderNode(e,t,o){if(e.nodeName==="#text")return e.textContent=this.expandExpressionsAsString(e.textContent,o),e;if(e.nodeName==="TEMPLATE")return e.$parentTemplateContext=o,e;let r=e;if(r.attributes)for(let l of r.attributes)if(l.name==="data-props"){let c=this.trimExpression(l.value);for(let h of c.split(",")){let u=h.trim().split(":");if(u.length===2){let v=u[0].trim(),y=this.evalInContext(u[1].trim(),o);v.startsWith("@")?typeof y=="function"&&r.addEventListener(v.substring(1),S=>y(S,o,t)):r[v]=y}}}else r.setAttribute(l.name,this.expandExpressionsAsString(l.value,o));let s=[],n=[],a=!1;for(let l of e.childNodes){let c=l,h=!1;if(c.dataset){let u=!1;if(c.dataset.if){let v=c.dataset.if;this.evalBoolInContext(this.trimExpression(v),o)?(c.removeAttribute("data-if"),a=!0,h=!0):(n.push(c),u=!0)}else typeof c.dataset.else<"u"&&(a?(n.push(c),u=!0):c.removeAttribute("data-else"));c.dataset.for&&!u?s.push(c):u||this.renderNode(l,t,o)}else this.renderNode(l,t,o);!h&&l.nodeName!=="#text"&&(a=!1)}for(let l of n)r.removeChild(l);for(let l of s){let c=l.dataset.for,h=this.trimExpression(c).split(/\s(in|of)\s/i);if(h.length===3){let u=h[0].trim(),v=h[2].trim(),y=this.evalInContext(v,o);if(Array.isArray(y)){l.removeAttribute("data-for");for(let S=0;S<y.length;S++){let O=Object.assign({$index:S},o);O[u]=y[S];let j=l.cloneNode(!0);this.renderNode(j,t,O),r.insertBefore(j,l)}}r.removeChild(l)}}return e}static evalBoolInContext(e,t){return t=Object.assign(Object.assign({},t),this.globalContext),new Function("with(this) { return !!("+e+")}").call(t)}static evalInContext(e,t){t=Object.assign(Object.assign({},t),this.globalContext);let o=new Function("with(this) { return "+e+";}"),r;try{r=o.call(t)}catch{}return r}static trimExpression(e){return e=e.trim(),e.startsWith(this._startExpression)&&e.endsWith(this._endExpression)&&(e=e.substr(this._startExpression.length,e.length-this._startExpression.length-this._endExpression.length),e=e.trim()),e}};Zr._globalContext={}});var wv,Cv,fc,$v=d(()=>{xt();xe();uc();ca();pc();wv=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},Cv=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},fc=class extends io{constructor(){super(),this.templates={},this._renderedSlots=!1,this._renderedTemplates={},this._slotNamesAddedDuringRender=[],this.templateContext=this.templateContext||{}}update(e){this.templates=this.getTemplates(),this._slotNamesAddedDuringRender=[],super.update(e)}updated(e){super.updated(e),this.removeUnusedSlottedElements()}renderTemplate(e,t,o){if(!this.hasTemplate(e))return null;o=o||e,this._slotNamesAddedDuringRender.push(o),this._renderedSlots=!0;let r=g`
      <slot name=${o}></slot>
    `,s=Object.assign(Object.assign({},t),this.templateContext);if(Object.prototype.hasOwnProperty.call(this._renderedTemplates,o)){let{context:l,slot:c}=this._renderedTemplates[o];if(hc(l,s))return r;this.removeChild(c)}let n=document.createElement("div");n.slot=o,n.dataset.generated="template",Zr.renderTemplate(n,this.templates[e],s),this.appendChild(n),this._renderedTemplates[o]={context:s,slot:n};let a={templateType:e,context:s,element:n};return this.fireCustomEvent("templateRendered",a),r}hasTemplate(e){var t;return!!(!((t=this.templates)===null||t===void 0)&&t[e])}getTemplates(){let e={};for(let t=0;t<this.children.length;t++){let o=this.children[t];if(o.nodeName==="TEMPLATE"){let r=o;r.dataset.type?e[r.dataset.type]=r:e.default=r,r.templateOrder=t}}return e}renderError(){return this.hasTemplate("error")?this.renderTemplate("error",this.error):g`
      <div class="error">
        ${this.error}
      </div>
    `}removeUnusedSlottedElements(){var e;if(this._renderedSlots){for(let t=0;t<this.children.length;t++){let o=this.children[t];!((e=o.dataset)===null||e===void 0)&&e.generated&&!this._slotNamesAddedDuringRender.includes(o.slot)&&(this.removeChild(o),delete this._renderedTemplates[o.slot],t--)}this._renderedSlots=!1}}};wv([_({attribute:!1}),Cv("design:type",Object)],fc.prototype,"templateContext",void 0);wv([ce(),Cv("design:type",Object)],fc.prototype,"error",void 0)});var Sv,kv,Nt,_v=d(()=>{xt();xe();uc();pc();Uu();Sv=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},kv=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},Nt=class extends oo{constructor(){super(),this.templates={},this._renderedSlots=!1,this._renderedTemplates={},this._slotNamesAddedDuringRender=[],this.renderLoading=()=>this.renderTemplate("loading",null)||g``,this.renderError=e=>this.hasTemplate("error")?this.renderTemplate("error",e):g`
      <div class="error">
        ${e}
      </div>
    `,this.templateContext=this.templateContext||{}}update(e){this.templates=this.getTemplates(),this._slotNamesAddedDuringRender=[],super.update(e)}updated(e){super.updated(e),this.removeUnusedSlottedElements()}renderTemplate(e,t,o){if(!this.hasTemplate(e))return null;o=o||e,this._slotNamesAddedDuringRender.push(o),this._renderedSlots=!0;let r=g`
      <slot name=${o}></slot>
    `,s=Object.assign(Object.assign({},t),this.templateContext);if(Object.prototype.hasOwnProperty.call(this._renderedTemplates,o)){let{context:l,slot:c}=this._renderedTemplates[o];if(hc(l,s))return r;this.removeChild(c)}let n=document.createElement("div");n.slot=o,n.dataset.generated="template",Zr.renderTemplate(n,this.templates[e],s),this.appendChild(n),this._renderedTemplates[o]={context:s,slot:n};let a={templateType:e,context:s,element:n};return this.fireCustomEvent("templateRendered",a),r}hasTemplate(e){var t;return!!(!((t=this.templates)===null||t===void 0)&&t[e])}getTemplates(){let e={};for(let t=0;t<this.children.length;t++){let o=this.children[t];if(o.nodeName==="TEMPLATE"){let r=o;r.dataset.type?e[r.dataset.type]=r:e.default=r,r.templateOrder=t}}return e}removeUnusedSlottedElements(){var e;if(this._renderedSlots){for(let t=0;t<this.children.length;t++){let o=this.children[t];!((e=o.dataset)===null||e===void 0)&&e.generated&&!this._slotNamesAddedDuringRender.includes(o.slot)&&(this.removeChild(o),delete this._renderedTemplates[o.slot],t--)}this._renderedSlots=!1}}};Sv([_({attribute:!1}),kv("design:type",Object)],Nt.prototype,"templateContext",void 0);Sv([ce(),kv("design:type",Object)],Nt.prototype,"error",void 0)});var Rv=d(()=>{});var Fv=d(()=>{});var Tv=d(()=>{});function h7(){return Iv||(Iv=[IDBDatabase,IDBObjectStore,IDBIndex,IDBCursor,IDBTransaction])}function u7(){return Lv||(Lv=[IDBCursor.prototype.advance,IDBCursor.prototype.continue,IDBCursor.prototype.continuePrimaryKey])}function p7(i){let e=new Promise((t,o)=>{let r=()=>{i.removeEventListener("success",s),i.removeEventListener("error",n)},s=()=>{t(Qr(i.result)),r()},n=()=>{o(i.error),r()};i.addEventListener("success",s),i.addEventListener("error",n)});return mc.set(e,i),e}function f7(i){if(Zu.has(i))return;let e=new Promise((t,o)=>{let r=()=>{i.removeEventListener("complete",s),i.removeEventListener("error",n),i.removeEventListener("abort",n)},s=()=>{t(),r()},n=()=>{o(i.error||new DOMException("AbortError","AbortError")),r()};i.addEventListener("complete",s),i.addEventListener("error",n),i.addEventListener("abort",n)});Zu.set(i,e)}function Pv(i){Qu=i(Qu)}function m7(i){return u7().includes(i)?function(...e){return i.apply(Xu(this),e),Qr(this.request)}:function(...e){return Qr(i.apply(Xu(this),e))}}function g7(i){return typeof i=="function"?m7(i):(i instanceof IDBTransaction&&f7(i),Wu(i,h7())?new Proxy(i,Qu):i)}function Qr(i){if(i instanceof IDBRequest)return p7(i);if(qu.has(i))return qu.get(i);let e=g7(i);return e!==i&&(qu.set(i,e),mc.set(e,i)),e}function Ov(i,e,{blocked:t,upgrade:o,blocking:r,terminated:s}={}){let n=indexedDB.open(i,e),a=Qr(n);return o&&n.addEventListener("upgradeneeded",l=>{o(Qr(n.result),l.oldVersion,l.newVersion,Qr(n.transaction),l)}),t&&n.addEventListener("blocked",l=>t(l.oldVersion,l.newVersion,l)),a.then(l=>{s&&l.addEventListener("close",()=>s()),r&&l.addEventListener("versionchange",c=>r(c.oldVersion,c.newVersion,c))}).catch(()=>{}),a}function Dv(i,e){if(!(i instanceof IDBDatabase&&!(e in i)&&typeof e=="string"))return;if(Gu.get(e))return Gu.get(e);let t=e.replace(/FromIndex$/,""),o=e!==t,r=b7.includes(t);if(!(t in(o?IDBIndex:IDBObjectStore).prototype)||!(r||v7.includes(t)))return;let s=async function(n,...a){let l=this.transaction(n,r?"readwrite":"readonly"),c=l.store;return o&&(c=c.index(a.shift())),(await Promise.all([c[t](...a),r&&l.done]))[0]};return Gu.set(e,s),s}async function*w7(...i){let e=this;if(e instanceof IDBCursor||(e=await e.openCursor(...i)),!e)return;e=e;let t=new Proxy(e,x7);for(Mv.set(t,e),mc.set(t,Xu(e));e;)yield t,e=await(Yu.get(t)||e.continue()),Yu.delete(t)}function Av(i,e){return e===Symbol.asyncIterator&&Wu(i,[IDBIndex,IDBObjectStore,IDBCursor])||e==="iterate"&&Wu(i,[IDBIndex,IDBObjectStore])}var Wu,Iv,Lv,Zu,qu,mc,Qu,Xu,v7,b7,Gu,y7,Ev,Yu,Mv,x7,Hv=d(()=>{Wu=(i,e)=>e.some(t=>i instanceof t);Zu=new WeakMap,qu=new WeakMap,mc=new WeakMap;Qu={get(i,e,t){if(i instanceof IDBTransaction){if(e==="done")return Zu.get(i);if(e==="store")return t.objectStoreNames[1]?void 0:t.objectStore(t.objectStoreNames[0])}return Qr(i[e])},set(i,e,t){return i[e]=t,!0},has(i,e){return i instanceof IDBTransaction&&(e==="done"||e==="store")?!0:e in i}};Xu=i=>mc.get(i);v7=["get","getKey","getAll","getAllKeys","count"],b7=["put","add","delete","clear"],Gu=new Map;Pv(i=>({...i,get:(e,t,o)=>Dv(e,t)||i.get(e,t,o),has:(e,t)=>!!Dv(e,t)||i.has(e,t)}));y7=["continue","continuePrimaryKey","advance"],Ev={},Yu=new WeakMap,Mv=new WeakMap,x7={get(i,e){if(!y7.includes(e))return i[e];let t=Ev[e];return t||(t=Ev[e]=function(...o){Yu.set(this,Mv.get(this)[e](...o))}),t}};Pv(i=>({...i,get(e,t,o){return Av(e,t)?w7:i.get(e,t,o)},has(e,t){return Av(e,t)||i.has(e,t)}}))});var Xr,gc=d(()=>{Xr="mgt-db-list"});var ha,vc,Ju=d(()=>{Hv();Nr();gc();ha=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},vc=class{constructor(e,t){if(!(t in e.stores))throw Error('"store" must be defined in the "schema"');this.schema=e,this.store=t}getValue(e){return ha(this,void 0,void 0,function*(){if(!window.indexedDB)return null;try{return(yield this.getDb()).get(this.store,e)}catch{return null}})}putValue(e,t){return ha(this,void 0,void 0,function*(){if(window.indexedDB)try{yield(yield this.getDb()).put(this.store,Object.assign(Object.assign({},t),{timeCached:Date.now()}),e)}catch{return}})}clearStore(){return ha(this,void 0,void 0,function*(){if(window.indexedDB)try{yield(yield this.getDb()).clear(this.store)}catch{return}})}getDBName(){return ha(this,void 0,void 0,function*(){let e=yield W.getCacheId();if(e)return`mgt-${this.schema.name}-${e}`})}getDb(){return ha(this,void 0,void 0,function*(){let e=yield this.getDBName();if(e)return Ov(e,this.schema.version,{upgrade:(t,o,r,s)=>{let n=JSON.parse(localStorage.getItem(Xr))||[];n.includes(e)||n.push(e),localStorage.setItem(Xr,JSON.stringify(n));for(let a in this.schema.stores)Object.prototype.hasOwnProperty.call(this.schema.stores,a)&&!t.objectStoreNames.contains(a)&&t.createObjectStore(a)}})})}}});var C7,M,Vv=d(()=>{Nr();Vs();Ju();gc();C7=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},M=class{static getCache(e,t){let o=`${e.name}/${t}`;return this.isInitialized||this.init(),this.cacheStore.has(t)||this.cacheStore.set(o,new vc(e,t)),this.cacheStore.get(o)}static clearCacheById(e){let t=[],o=JSON.parse(localStorage.getItem(Xr));if(o){let r=[];o.forEach(s=>{s.includes(e)?t.push(new Promise((n,a)=>{let l=indexedDB.deleteDatabase(s);l.onsuccess=()=>n(),l.onerror=()=>{console.error(`\u{1F992}: ${l.error.name} occurred deleting cache: ${s}`,l.error.message),a()}})):r.push(s)}),r.length>0?localStorage.setItem(Xr,JSON.stringify(r)):localStorage.removeItem(Xr)}return Promise.all(t)}static get config(){return this.cacheConfig}static init(){let e;W.globalProvider&&(e=W.globalProvider.state),W.onProviderUpdated(()=>C7(this,void 0,void 0,function*(){if(e===le.SignedIn&&W.globalProvider.state===le.SignedOut){let t=yield W.getCacheId();t!==null&&(yield this.clearCacheById(t))}e=W.globalProvider.state})),this.isInitialized=!0}};M.cacheStore=new Map;M.isInitialized=!1;M.cacheConfig={defaultInvalidationPeriod:36e5,groups:{invalidationPeriod:null,isEnabled:!0},isEnabled:!0,people:{invalidationPeriod:null,isEnabled:!0},photos:{invalidationPeriod:null,isEnabled:!0},presence:{invalidationPeriod:3e5,isEnabled:!0},users:{invalidationPeriod:null,isEnabled:!0},response:{invalidationPeriod:null,isEnabled:!0},files:{invalidationPeriod:null,isEnabled:!0},fileLists:{invalidationPeriod:null,isEnabled:!0}}});var ro,Bv=d(()=>{ro=class{static get microsoftTeamsLib(){return this._microsoftTeamsLib||window.microsoftTeams}static set microsoftTeamsLib(e){this._microsoftTeamsLib=e}static get isAvailable(){return this.microsoftTeamsLib?window.parent===window.self&&window.nativeInterface?!0:window.name==="embedded-page-container"||window.name==="extension-tab-frame":!1}static executeDeepLink(e,t){let o=this.microsoftTeamsLib;o.initialize(),o.executeDeepLink(e,t)}}});var zv=d(()=>{});var Nv,Yr,Uv=d(()=>{Nv=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Yr=class i{get value(){return this._value}get hasNext(){return!!this._nextLink}static create(e,t,o){return Nv(this,void 0,void 0,function*(){let r=yield t.get();if(r?.value){let s=new i;return s._graph=e,s._value=r.value,s._nextLink=r["@odata.nextLink"],s._version=o||e.version,s}return null})}static createFromValue(e,t,o=null){let r=new i;return r._graph=e,r._value=t,r._nextLink=o,r._version=e.version,r}get nextLink(){return this._nextLink||""}next(){var e;return Nv(this,void 0,void 0,function*(){if(this._nextLink){let t=this._nextLink.split(this._version)[1],o=yield this._graph.api(t).version(this._version).get();if(!((e=o?.value)===null||e===void 0)&&e.length)return this._value=this._value.concat(o.value),this._nextLink=o["@odata.nextLink"],o.value}return null})}}});var jv,qv,$7,Ne,Gv=d(()=>{xe();ta();jv=new WeakMap,qv=(i,e,t)=>{let o=[];for(let r of i)o.push(r.replace(e,t));return o},$7=(i,...e)=>{if(Et.isDisambiguated){let t=jv.get(i);if(!t){let o=new RegExp("(</?)mgt-(?!"+Et.disambiguation+"-)"),r=`$1${Et.prefix}-`;t=Object.assign(qv(i,o,r),{raw:qv(i.raw,o,r)}),jv.set(i,t)}i=t}return g(i,...e)},Ne=$7});var Wv=d(()=>{xt()});var ua,We,Zv=d(()=>{ta();ua=i=>`${Et.prefix}-${i}`,We=(i,e,t)=>{let o=ua(i);customElements.get(o)||customElements.define(o,e,t)}});var Qv=d(()=>{});var Xv=d(()=>{});var Yv=d(()=>{});var we=d(()=>{au();Rl();P0();O0();ca();fv();Uu();$v();_v();ta();Vs();Nr();Rv();Fv();Tv();Vv();Ju();gc();ea();uc();E0();ku();ql();Bv();zv();pc();Uv();dc();Gv();Wv();Zv();Qv();Xv();Yv()});function wc(){let i=new WeakMap;return function(e){let t=i.get(e);if(t===void 0){let o=Reflect.getPrototypeOf(e);for(;t===void 0&&o!==null;)t=i.get(o),o=Reflect.getPrototypeOf(o);t=t===void 0?[]:t.slice(0),i.set(e,t)}return t}}var qi,Jv,Jr,wi,Ro=d(()=>{qi=(function(){if(typeof globalThis<"u")return globalThis;if(typeof global<"u")return global;if(typeof self<"u")return self;if(typeof window<"u")return window;try{return new Function("return this")()}catch{return{}}})();qi.trustedTypes===void 0&&(qi.trustedTypes={createPolicy:(i,e)=>e});Jv={configurable:!1,enumerable:!1,writable:!1};qi.FAST===void 0&&Reflect.defineProperty(qi,"FAST",Object.assign({value:Object.create(null)},Jv));Jr=qi.FAST;if(Jr.getById===void 0){let i=Object.create(null);Reflect.defineProperty(Jr,"getById",Object.assign({value(e,t){let o=i[e];return o===void 0&&(o=t?i[e]=t():null),o}},Jv))}wi=Object.freeze([])});var Ku,Kv,ep,pa,tp,Cc,I,Ci=d(()=>{Ro();Ku=qi.FAST.getById(1,()=>{let i=[],e=[];function t(){if(e.length)throw e.shift()}function o(n){try{n.call()}catch(a){e.push(a),setTimeout(t,0)}}function r(){let a=0;for(;a<i.length;)if(o(i[a]),a++,a>1024){for(let l=0,c=i.length-a;l<c;l++)i[l]=i[l+a];i.length-=a,a=0}i.length=0}function s(n){i.length<1&&qi.requestAnimationFrame(r),i.push(n)}return Object.freeze({enqueue:s,process:r})}),Kv=qi.trustedTypes.createPolicy("fast-html",{createHTML:i=>i}),ep=Kv,pa=`fast-${Math.random().toString(36).substring(2,8)}`,tp=`${pa}{`,Cc=`}${pa}`,I=Object.freeze({supportsAdoptedStyleSheets:Array.isArray(document.adoptedStyleSheets)&&"replace"in CSSStyleSheet.prototype,setHTMLPolicy(i){if(ep!==Kv)throw new Error("The HTML policy can only be set once.");ep=i},createHTML(i){return ep.createHTML(i)},isMarker(i){return i&&i.nodeType===8&&i.data.startsWith(pa)},extractDirectiveIndexFromMarker(i){return parseInt(i.data.replace(`${pa}:`,""))},createInterpolationPlaceholder(i){return`${tp}${i}${Cc}`},createCustomAttributePlaceholder(i,e){return`${i}="${this.createInterpolationPlaceholder(e)}"`},createBlockPlaceholder(i){return`<!--${pa}:${i}-->`},queueUpdate:Ku.enqueue,processUpdates:Ku.process,nextUpdate(){return new Promise(Ku.enqueue)},setAttribute(i,e,t){t==null?i.removeAttribute(e):i.setAttribute(e,t)},setBooleanAttribute(i,e,t){t?i.setAttribute(e,""):i.removeAttribute(e)},removeChildNodes(i){for(let e=i.firstChild;e!==null;e=i.firstChild)i.removeChild(e)},createTemplateWalker(i){return document.createTreeWalker(i,133,null,!1)}})});var er,Ws,fa=d(()=>{er=class{constructor(e,t){this.sub1=void 0,this.sub2=void 0,this.spillover=void 0,this.source=e,this.sub1=t}has(e){return this.spillover===void 0?this.sub1===e||this.sub2===e:this.spillover.indexOf(e)!==-1}subscribe(e){let t=this.spillover;if(t===void 0){if(this.has(e))return;if(this.sub1===void 0){this.sub1=e;return}if(this.sub2===void 0){this.sub2=e;return}this.spillover=[this.sub1,this.sub2,e],this.sub1=void 0,this.sub2=void 0}else t.indexOf(e)===-1&&t.push(e)}unsubscribe(e){let t=this.spillover;if(t===void 0)this.sub1===e?this.sub1=void 0:this.sub2===e&&(this.sub2=void 0);else{let o=t.indexOf(e);o!==-1&&t.splice(o,1)}}notify(e){let t=this.spillover,o=this.source;if(t===void 0){let r=this.sub1,s=this.sub2;r!==void 0&&r.handleChange(o,e),s!==void 0&&s.handleChange(o,e)}else for(let r=0,s=t.length;r<s;++r)t[r].handleChange(o,e)}},Ws=class{constructor(e){this.subscribers={},this.sourceSubscribers=null,this.source=e}notify(e){var t;let o=this.subscribers[e];o!==void 0&&o.notify(e),(t=this.sourceSubscribers)===null||t===void 0||t.notify(e)}subscribe(e,t){var o;if(t){let r=this.subscribers[t];r===void 0&&(this.subscribers[t]=r=new er(this.source)),r.subscribe(e)}else this.sourceSubscribers=(o=this.sourceSubscribers)!==null&&o!==void 0?o:new er(this.source),this.sourceSubscribers.subscribe(e)}unsubscribe(e,t){var o;if(t){let r=this.subscribers[t];r!==void 0&&r.unsubscribe(e)}else(o=this.sourceSubscribers)===null||o===void 0||o.unsubscribe(e)}}});function b(i,e){V.defineProperty(i,e)}function t1(i,e,t){return Object.assign({},t,{get:function(){return V.trackVolatile(),t.get.apply(this)}})}var V,e1,tr,ir,so=d(()=>{Ci();Ro();fa();V=Jr.getById(2,()=>{let i=/(:|&&|\|\||if)/,e=new WeakMap,t=I.queueUpdate,o,r=c=>{throw new Error("Must call enableArrayObservation before observing arrays.")};function s(c){let h=c.$fastController||e.get(c);return h===void 0&&(Array.isArray(c)?h=r(c):e.set(c,h=new Ws(c))),h}let n=wc();class a{constructor(h){this.name=h,this.field=`_${h}`,this.callback=`${h}Changed`}getValue(h){return o!==void 0&&o.watch(h,this.name),h[this.field]}setValue(h,u){let v=this.field,y=h[v];if(y!==u){h[v]=u;let S=h[this.callback];typeof S=="function"&&S.call(h,y,u),s(h).notify(this.name)}}}class l extends er{constructor(h,u,v=!1){super(h,u),this.binding=h,this.isVolatileBinding=v,this.needsRefresh=!0,this.needsQueue=!0,this.first=this,this.last=null,this.propertySource=void 0,this.propertyName=void 0,this.notifier=void 0,this.next=void 0}observe(h,u){this.needsRefresh&&this.last!==null&&this.disconnect();let v=o;o=this.needsRefresh?this:void 0,this.needsRefresh=this.isVolatileBinding;let y=this.binding(h,u);return o=v,y}disconnect(){if(this.last!==null){let h=this.first;for(;h!==void 0;)h.notifier.unsubscribe(this,h.propertyName),h=h.next;this.last=null,this.needsRefresh=this.needsQueue=!0}}watch(h,u){let v=this.last,y=s(h),S=v===null?this.first:{};if(S.propertySource=h,S.propertyName=u,S.notifier=y,y.subscribe(this,u),v!==null){if(!this.needsRefresh){let O;o=void 0,O=v.propertySource[v.propertyName],o=this,h===O&&(this.needsRefresh=!0)}v.next=S}this.last=S}handleChange(){this.needsQueue&&(this.needsQueue=!1,t(this))}call(){this.last!==null&&(this.needsQueue=!0,this.notify(this))}records(){let h=this.first;return{next:()=>{let u=h;return u===void 0?{value:void 0,done:!0}:(h=h.next,{value:u,done:!1})},[Symbol.iterator]:function(){return this}}}}return Object.freeze({setArrayObserverFactory(c){r=c},getNotifier:s,track(c,h){o!==void 0&&o.watch(c,h)},trackVolatile(){o!==void 0&&(o.needsRefresh=!0)},notify(c,h){s(c).notify(h)},defineProperty(c,h){typeof h=="string"&&(h=new a(h)),n(c).push(h),Reflect.defineProperty(c,h.name,{enumerable:!0,get:function(){return h.getValue(this)},set:function(u){h.setValue(this,u)}})},getAccessors:n,binding(c,h,u=this.isVolatileBinding(c)){return new l(c,h,u)},isVolatileBinding(c){return i.test(c.toString())}})});e1=Jr.getById(3,()=>{let i=null;return{get(){return i},set(e){i=e}}}),tr=class{constructor(){this.index=0,this.length=0,this.parent=null,this.parentContext=null}get event(){return e1.get()}get isEven(){return this.index%2===0}get isOdd(){return this.index%2!==0}get isFirst(){return this.index===0}get isInMiddle(){return!this.isFirst&&!this.isLast}get isLast(){return this.index===this.length-1}static setEvent(e){e1.set(e)}};V.defineProperty(tr.prototype,"index");V.defineProperty(tr.prototype,"length");ir=Object.seal(new tr)});var or,Zs,rr,sr=d(()=>{Ci();or=class{constructor(){this.targetIndex=0}},Zs=class extends or{constructor(){super(...arguments),this.createPlaceholder=I.createInterpolationPlaceholder}},rr=class extends or{constructor(e,t,o){super(),this.name=e,this.behavior=t,this.options=o}createPlaceholder(e){return I.createCustomAttributePlaceholder(this.name,e)}createBehavior(e){return new this.behavior(e,this.options)}}});function k7(i,e){this.source=i,this.context=e,this.bindingObserver===null&&(this.bindingObserver=V.binding(this.binding,this,this.isBindingVolatile)),this.updateTarget(this.bindingObserver.observe(i,e))}function _7(i,e){this.source=i,this.context=e,this.target.addEventListener(this.targetName,this)}function R7(){this.bindingObserver.disconnect(),this.source=null,this.context=null}function F7(){this.bindingObserver.disconnect(),this.source=null,this.context=null;let i=this.target.$fastView;i!==void 0&&i.isComposed&&(i.unbind(),i.needsBindOnly=!0)}function T7(){this.target.removeEventListener(this.targetName,this),this.source=null,this.context=null}function I7(i){I.setAttribute(this.target,this.targetName,i)}function L7(i){I.setBooleanAttribute(this.target,this.targetName,i)}function D7(i){if(i==null&&(i=""),i.create){this.target.textContent="";let e=this.target.$fastView;e===void 0?e=i.create():this.target.$fastTemplate!==i&&(e.isComposed&&(e.remove(),e.unbind()),e=i.create()),e.isComposed?e.needsBindOnly&&(e.needsBindOnly=!1,e.bind(this.source,this.context)):(e.isComposed=!0,e.bind(this.source,this.context),e.insertBefore(this.target),this.target.$fastView=e,this.target.$fastTemplate=i)}else{let e=this.target.$fastView;e!==void 0&&e.isComposed&&(e.isComposed=!1,e.remove(),e.needsBindOnly?e.needsBindOnly=!1:e.unbind()),this.target.textContent=i}}function E7(i){this.target[this.targetName]=i}function A7(i){let e=this.classVersions||Object.create(null),t=this.target,o=this.version||0;if(i!=null&&i.length){let r=i.split(/\s+/);for(let s=0,n=r.length;s<n;++s){let a=r[s];a!==""&&(e[a]=o,t.classList.add(a))}}if(this.classVersions=e,this.version=o+1,o!==0){o-=1;for(let r in e)e[r]===o&&t.classList.remove(r)}}var Kr,ip,$c=d(()=>{Ci();so();sr();Kr=class extends Zs{constructor(e){super(),this.binding=e,this.bind=k7,this.unbind=R7,this.updateTarget=I7,this.isBindingVolatile=V.isVolatileBinding(this.binding)}get targetName(){return this.originalTargetName}set targetName(e){if(this.originalTargetName=e,e!==void 0)switch(e[0]){case":":if(this.cleanedTargetName=e.substr(1),this.updateTarget=E7,this.cleanedTargetName==="innerHTML"){let t=this.binding;this.binding=(o,r)=>I.createHTML(t(o,r))}break;case"?":this.cleanedTargetName=e.substr(1),this.updateTarget=L7;break;case"@":this.cleanedTargetName=e.substr(1),this.bind=_7,this.unbind=T7;break;default:this.cleanedTargetName=e,e==="class"&&(this.updateTarget=A7);break}}targetAtContent(){this.updateTarget=D7,this.unbind=F7}createBehavior(e){return new ip(e,this.binding,this.isBindingVolatile,this.bind,this.unbind,this.updateTarget,this.cleanedTargetName)}},ip=class{constructor(e,t,o,r,s,n,a){this.source=null,this.context=null,this.bindingObserver=null,this.target=e,this.binding=t,this.isBindingVolatile=o,this.bind=r,this.unbind=s,this.updateTarget=n,this.targetName=a}handleChange(){this.updateTarget(this.bindingObserver.observe(this.source,this.context))}handleEvent(e){tr.setEvent(e);let t=this.binding(this.source,this.context);tr.setEvent(null),t!==!0&&e.preventDefault()}}});function P7(i){if(i.length===1)return i[0];let e,t=i.length,o=i.map(n=>typeof n=="string"?()=>n:(e=n.targetName||e,n.binding)),r=(n,a)=>{let l="";for(let c=0;c<t;++c)l+=o[c](n,a);return l},s=new Kr(r);return s.targetName=e,s}function o1(i,e){let t=e.split(tp);if(t.length===1)return null;let o=[];for(let r=0,s=t.length;r<s;++r){let n=t[r],a=n.indexOf(Cc),l;if(a===-1)l=n;else{let c=parseInt(n.substring(0,a));o.push(i.directives[c]),l=n.substring(a+O7)}l!==""&&o.push(l)}return o}function i1(i,e,t=!1){let o=e.attributes;for(let r=0,s=o.length;r<s;++r){let n=o[r],a=n.value,l=o1(i,a),c=null;l===null?t&&(c=new Kr(()=>a),c.targetName=n.name):c=P7(l),c!==null&&(e.removeAttributeNode(n),r--,s--,i.addFactory(c))}}function M7(i,e,t){let o=o1(i,e.textContent);if(o!==null){let r=e;for(let s=0,n=o.length;s<n;++s){let a=o[s],l=s===0?e:r.parentNode.insertBefore(document.createTextNode(""),r.nextSibling);typeof a=="string"?l.textContent=a:(l.textContent=" ",i.captureContentBinding(a)),r=l,i.targetIndex++,l!==e&&t.nextNode()}i.targetIndex--}}function r1(i,e){let t=i.content;document.adoptNode(t);let o=rp.borrow(e);i1(o,i,!0);let r=o.behaviorFactories;o.reset();let s=I.createTemplateWalker(t),n;for(;n=s.nextNode();)switch(o.targetIndex++,n.nodeType){case 1:i1(o,n);break;case 3:M7(o,n,s);break;case 8:I.isMarker(n)&&o.addFactory(e[I.extractDirectiveIndexFromMarker(n)])}let a=0;(I.isMarker(t.firstChild)||t.childNodes.length===1&&e.length)&&(t.insertBefore(document.createComment(""),t.firstChild),a=-1);let l=o.behaviorFactories;return o.release(),{fragment:t,viewBehaviorFactories:l,hostBehaviorFactories:r,targetOffset:a}}var op,rp,O7,sp=d(()=>{Ci();$c();op=null,rp=class i{addFactory(e){e.targetIndex=this.targetIndex,this.behaviorFactories.push(e)}captureContentBinding(e){e.targetAtContent(),this.addFactory(e)}reset(){this.behaviorFactories=[],this.targetIndex=-1}release(){op=this}static borrow(e){let t=op||new i;return t.directives=e,t.reset(),op=null,t}};O7=Cc.length});var np,Qs,Sc=d(()=>{np=document.createRange(),Qs=class{constructor(e,t){this.fragment=e,this.behaviors=t,this.source=null,this.context=null,this.firstChild=e.firstChild,this.lastChild=e.lastChild}appendTo(e){e.appendChild(this.fragment)}insertBefore(e){if(this.fragment.hasChildNodes())e.parentNode.insertBefore(this.fragment,e);else{let t=this.lastChild;if(e.previousSibling===t)return;let o=e.parentNode,r=this.firstChild,s;for(;r!==t;)s=r.nextSibling,o.insertBefore(r,e),r=s;o.insertBefore(t,e)}}remove(){let e=this.fragment,t=this.lastChild,o=this.firstChild,r;for(;o!==t;)r=o.nextSibling,e.appendChild(o),o=r;e.appendChild(t)}dispose(){let e=this.firstChild.parentNode,t=this.lastChild,o=this.firstChild,r;for(;o!==t;)r=o.nextSibling,e.removeChild(o),o=r;e.removeChild(t);let s=this.behaviors,n=this.source;for(let a=0,l=s.length;a<l;++a)s[a].unbind(n)}bind(e,t){let o=this.behaviors;if(this.source!==e)if(this.source!==null){let r=this.source;this.source=e,this.context=t;for(let s=0,n=o.length;s<n;++s){let a=o[s];a.unbind(r),a.bind(e,t)}}else{this.source=e,this.context=t;for(let r=0,s=o.length;r<s;++r)o[r].bind(e,t)}}unbind(){if(this.source===null)return;let e=this.behaviors,t=this.source;for(let o=0,r=e.length;o<r;++o)e[o].unbind(t);this.source=null}static disposeContiguousBatch(e){if(e.length!==0){np.setStartBefore(e[0].firstChild),np.setEndAfter(e[e.length-1].lastChild),np.deleteContents();for(let t=0,o=e.length;t<o;++t){let r=e[t],s=r.behaviors,n=r.source;for(let a=0,l=s.length;a<l;++a)s[a].unbind(n)}}}}});function C(i,...e){let t=[],o="";for(let r=0,s=i.length-1;r<s;++r){let n=i[r],a=e[r];if(o+=n,a instanceof kc){let l=a;a=()=>l}if(typeof a=="function"&&(a=new Kr(a)),a instanceof Zs){let l=H7.exec(n);l!==null&&(a.targetName=l[2])}a instanceof or?(o+=a.createPlaceholder(t.length),t.push(a)):o+=a}return o+=i[i.length-1],new kc(o,t)}var kc,H7,s1=d(()=>{Ci();so();sp();Sc();sr();$c();kc=class{constructor(e,t){this.behaviorCount=0,this.hasHostBehaviors=!1,this.fragment=null,this.targetOffset=0,this.viewBehaviorFactories=null,this.hostBehaviorFactories=null,this.html=e,this.directives=t}create(e){if(this.fragment===null){let c,h=this.html;if(typeof h=="string"){c=document.createElement("template"),c.innerHTML=I.createHTML(h);let v=c.content.firstElementChild;v!==null&&v.tagName==="TEMPLATE"&&(c=v)}else c=h;let u=r1(c,this.directives);this.fragment=u.fragment,this.viewBehaviorFactories=u.viewBehaviorFactories,this.hostBehaviorFactories=u.hostBehaviorFactories,this.targetOffset=u.targetOffset,this.behaviorCount=this.viewBehaviorFactories.length+this.hostBehaviorFactories.length,this.hasHostBehaviors=this.hostBehaviorFactories.length>0}let t=this.fragment.cloneNode(!0),o=this.viewBehaviorFactories,r=new Array(this.behaviorCount),s=I.createTemplateWalker(t),n=0,a=this.targetOffset,l=s.nextNode();for(let c=o.length;n<c;++n){let h=o[n],u=h.targetIndex;for(;l!==null;)if(a===u){r[n]=h.createBehavior(l);break}else l=s.nextNode(),a++}if(this.hasHostBehaviors){let c=this.hostBehaviorFactories;for(let h=0,u=c.length;h<u;++h,++n)r[n]=c[h].createBehavior(e)}return new Qs(t,r)}render(e,t,o){typeof t=="string"&&(t=document.getElementById(t)),o===void 0&&(o=t);let r=this.create(o);return r.bind(e,ir),r.appendTo(t),r}},H7=/([ \x09\x0a\x0c\x0d])([^\0-\x1F\x7F-\x9F "'>=/]+)([ \x09\x0a\x0c\x0d]*=[ \x09\x0a\x0c\x0d]*(?:[^ \x09\x0a\x0c\x0d"'`<>=]*|"[^"]*|'[^']*))$/});function cp(i){return i.map(e=>e instanceof tt?cp(e.styles):[e]).reduce((e,t)=>e.concat(t),[])}function n1(i){return i.map(e=>e instanceof tt?e.behaviors:null).reduce((e,t)=>t===null?e:(e===null&&(e=[]),e.concat(t)),null)}function a1(i){let e=[],t=[];return i.forEach(o=>(o[_c]?e:t).push(o)),{prepend:e,append:t}}function B7(){return`fast-style-class-${++V7}`}var tt,_c,l1,c1,ap,V7,lp,Rc=d(()=>{Ci();tt=class{constructor(){this.targets=new WeakSet}addStylesTo(e){this.targets.add(e)}removeStylesFrom(e){this.targets.delete(e)}isAttachedTo(e){return this.targets.has(e)}withBehaviors(...e){return this.behaviors=this.behaviors===null?e:this.behaviors.concat(e),this}};tt.create=(()=>{if(I.supportsAdoptedStyleSheets){let i=new Map;return e=>new ap(e,i)}return i=>new lp(i)})();_c=Symbol("prependToAdoptedStyleSheets");l1=(i,e)=>{let{prepend:t,append:o}=a1(e);i.adoptedStyleSheets=[...t,...i.adoptedStyleSheets,...o]},c1=(i,e)=>{i.adoptedStyleSheets=i.adoptedStyleSheets.filter(t=>e.indexOf(t)===-1)};if(I.supportsAdoptedStyleSheets)try{document.adoptedStyleSheets.push(),document.adoptedStyleSheets.splice(),l1=(i,e)=>{let{prepend:t,append:o}=a1(e);i.adoptedStyleSheets.splice(0,0,...t),i.adoptedStyleSheets.push(...o)},c1=(i,e)=>{for(let t of e){let o=i.adoptedStyleSheets.indexOf(t);o!==-1&&i.adoptedStyleSheets.splice(o,1)}}}catch{}ap=class extends tt{constructor(e,t){super(),this.styles=e,this.styleSheetCache=t,this._styleSheets=void 0,this.behaviors=n1(e)}get styleSheets(){if(this._styleSheets===void 0){let e=this.styles,t=this.styleSheetCache;this._styleSheets=cp(e).map(o=>{if(o instanceof CSSStyleSheet)return o;let r=t.get(o);return r===void 0&&(r=new CSSStyleSheet,r.replaceSync(o),t.set(o,r)),r})}return this._styleSheets}addStylesTo(e){l1(e,this.styleSheets),super.addStylesTo(e)}removeStylesFrom(e){c1(e,this.styleSheets),super.removeStylesFrom(e)}},V7=0;lp=class extends tt{constructor(e){super(),this.styles=e,this.behaviors=null,this.behaviors=n1(e),this.styleSheets=cp(e),this.styleClass=B7()}addStylesTo(e){let t=this.styleSheets,o=this.styleClass;e=this.normalizeTarget(e);for(let r=0;r<t.length;r++){let s=document.createElement("style");s.innerHTML=t[r],s.className=o,e.append(s)}super.addStylesTo(e)}removeStylesFrom(e){e=this.normalizeTarget(e);let t=e.querySelectorAll(`.${this.styleClass}`);for(let o=0,r=t.length;o<r;++o)e.removeChild(t[o]);super.removeStylesFrom(e)}isAttachedTo(e){return super.isAttachedTo(this.normalizeTarget(e))}normalizeTarget(e){return e===document?document.body:e}}});function f(i,e){let t;function o(r,s){arguments.length>1&&(t.property=s),ma.locate(r.constructor).push(t)}if(arguments.length>1){t={},o(i,e);return}return t=i===void 0?{}:i,o}var ma,es,P,Fc,dp=d(()=>{so();Ci();Ro();ma=Object.freeze({locate:wc()}),es={toView(i){return i?"true":"false"},fromView(i){return!(i==null||i==="false"||i===!1||i===0)}},P={toView(i){if(i==null)return null;let e=i*1;return isNaN(e)?null:e.toString()},fromView(i){if(i==null)return null;let e=i*1;return isNaN(e)?null:e}},Fc=class i{constructor(e,t,o=t.toLowerCase(),r="reflect",s){this.guards=new Set,this.Owner=e,this.name=t,this.attribute=o,this.mode=r,this.converter=s,this.fieldName=`_${t}`,this.callbackName=`${t}Changed`,this.hasCallback=this.callbackName in e.prototype,r==="boolean"&&s===void 0&&(this.converter=es)}setValue(e,t){let o=e[this.fieldName],r=this.converter;r!==void 0&&(t=r.fromView(t)),o!==t&&(e[this.fieldName]=t,this.tryReflectToAttribute(e),this.hasCallback&&e[this.callbackName](o,t),e.$fastController.notify(this.name))}getValue(e){return V.track(e,this.name),e[this.fieldName]}onAttributeChangedCallback(e,t){this.guards.has(e)||(this.guards.add(e),this.setValue(e,t),this.guards.delete(e))}tryReflectToAttribute(e){let t=this.mode,o=this.guards;o.has(e)||t==="fromView"||I.queueUpdate(()=>{o.add(e);let r=e[this.fieldName];switch(t){case"reflect":let s=this.converter;I.setAttribute(e,this.attribute,s!==void 0?s.toView(r):r);break;case"boolean":I.setBooleanAttribute(e,this.attribute,r);break}o.delete(e)})}static collect(e,...t){let o=[];t.push(ma.locate(e));for(let r=0,s=t.length;r<s;++r){let n=t[r];if(n!==void 0)for(let a=0,l=n.length;a<l;++a){let c=n[a];typeof c=="string"?o.push(new i(e,c)):o.push(new i(e,c.property,c.attribute,c.mode,c.converter))}}return o}}});var d1,h1,hp,no,Tc=d(()=>{Ro();so();Rc();dp();d1={mode:"open"},h1={},hp=Jr.getById(4,()=>{let i=new Map;return Object.freeze({register(e){return i.has(e.type)?!1:(i.set(e.type,e),!0)},getByType(e){return i.get(e)}})}),no=class{constructor(e,t=e.definition){typeof t=="string"&&(t={name:t}),this.type=e,this.name=t.name,this.template=t.template;let o=Fc.collect(e,t.attributes),r=new Array(o.length),s={},n={};for(let a=0,l=o.length;a<l;++a){let c=o[a];r[a]=c.attribute,s[c.name]=c,n[c.attribute]=c}this.attributes=o,this.observedAttributes=r,this.propertyLookup=s,this.attributeLookup=n,this.shadowOptions=t.shadowOptions===void 0?d1:t.shadowOptions===null?void 0:Object.assign(Object.assign({},d1),t.shadowOptions),this.elementOptions=t.elementOptions===void 0?h1:Object.assign(Object.assign({},h1),t.elementOptions),this.styles=t.styles===void 0?void 0:Array.isArray(t.styles)?tt.create(t.styles):t.styles instanceof tt?t.styles:tt.create([t.styles])}get isDefined(){return!!hp.getByType(this.type)}define(e=customElements){let t=this.type;if(hp.register(this)){let o=this.attributes,r=t.prototype;for(let s=0,n=o.length;s<n;++s)V.defineProperty(r,o[s]);Reflect.defineProperty(t,"observedAttributes",{value:this.observedAttributes,enumerable:!0})}return e.get(this.name)||e.define(this.name,t,this.elementOptions),this}};no.forType=hp.getByType});function up(i){return i.shadowRoot||u1.get(i)||null}var u1,z7,Ic,pp=d(()=>{Ci();fa();so();Tc();u1=new WeakMap,z7={bubbles:!0,composed:!0,cancelable:!0};Ic=class i extends Ws{constructor(e,t){super(e),this.boundObservables=null,this.behaviors=null,this.needsInitialization=!0,this._template=null,this._styles=null,this._isConnected=!1,this.$fastController=this,this.view=null,this.element=e,this.definition=t;let o=t.shadowOptions;if(o!==void 0){let s=e.attachShadow(o);o.mode==="closed"&&u1.set(e,s)}let r=V.getAccessors(e);if(r.length>0){let s=this.boundObservables=Object.create(null);for(let n=0,a=r.length;n<a;++n){let l=r[n].name,c=e[l];c!==void 0&&(delete e[l],s[l]=c)}}}get isConnected(){return V.track(this,"isConnected"),this._isConnected}setIsConnected(e){this._isConnected=e,V.notify(this,"isConnected")}get template(){return this._template}set template(e){this._template!==e&&(this._template=e,this.needsInitialization||this.renderTemplate(e))}get styles(){return this._styles}set styles(e){this._styles!==e&&(this._styles!==null&&this.removeStyles(this._styles),this._styles=e,!this.needsInitialization&&e!==null&&this.addStyles(e))}addStyles(e){let t=up(this.element)||this.element.getRootNode();if(e instanceof HTMLStyleElement)t.append(e);else if(!e.isAttachedTo(t)){let o=e.behaviors;e.addStylesTo(t),o!==null&&this.addBehaviors(o)}}removeStyles(e){let t=up(this.element)||this.element.getRootNode();if(e instanceof HTMLStyleElement)t.removeChild(e);else if(e.isAttachedTo(t)){let o=e.behaviors;e.removeStylesFrom(t),o!==null&&this.removeBehaviors(o)}}addBehaviors(e){let t=this.behaviors||(this.behaviors=new Map),o=e.length,r=[];for(let s=0;s<o;++s){let n=e[s];t.has(n)?t.set(n,t.get(n)+1):(t.set(n,1),r.push(n))}if(this._isConnected){let s=this.element;for(let n=0;n<r.length;++n)r[n].bind(s,ir)}}removeBehaviors(e,t=!1){let o=this.behaviors;if(o===null)return;let r=e.length,s=[];for(let n=0;n<r;++n){let a=e[n];if(o.has(a)){let l=o.get(a)-1;l===0||t?o.delete(a)&&s.push(a):o.set(a,l)}}if(this._isConnected){let n=this.element;for(let a=0;a<s.length;++a)s[a].unbind(n)}}onConnectedCallback(){if(this._isConnected)return;let e=this.element;this.needsInitialization?this.finishInitialization():this.view!==null&&this.view.bind(e,ir);let t=this.behaviors;if(t!==null)for(let[o]of t)o.bind(e,ir);this.setIsConnected(!0)}onDisconnectedCallback(){if(!this._isConnected)return;this.setIsConnected(!1);let e=this.view;e!==null&&e.unbind();let t=this.behaviors;if(t!==null){let o=this.element;for(let[r]of t)r.unbind(o)}}onAttributeChangedCallback(e,t,o){let r=this.definition.attributeLookup[e];r!==void 0&&r.onAttributeChangedCallback(this.element,o)}emit(e,t,o){return this._isConnected?this.element.dispatchEvent(new CustomEvent(e,Object.assign(Object.assign({detail:t},z7),o))):!1}finishInitialization(){let e=this.element,t=this.boundObservables;if(t!==null){let r=Object.keys(t);for(let s=0,n=r.length;s<n;++s){let a=r[s];e[a]=t[a]}this.boundObservables=null}let o=this.definition;this._template===null&&(this.element.resolveTemplate?this._template=this.element.resolveTemplate():o.template&&(this._template=o.template||null)),this._template!==null&&this.renderTemplate(this._template),this._styles===null&&(this.element.resolveStyles?this._styles=this.element.resolveStyles():o.styles&&(this._styles=o.styles||null)),this._styles!==null&&this.addStyles(this._styles),this.needsInitialization=!1}renderTemplate(e){let t=this.element,o=up(t)||t;this.view!==null?(this.view.dispose(),this.view=null):this.needsInitialization||I.removeChildNodes(o),e&&(this.view=e.render(t,o,t))}static forCustomElement(e){let t=e.$fastController;if(t!==void 0)return t;let o=no.forType(e.constructor);if(o===void 0)throw new Error("Missing FASTElement definition.");return e.$fastController=new i(e,o)}}});function p1(i){return class extends i{constructor(){super(),Ic.forCustomElement(this)}$emit(e,t,o){return this.$fastController.emit(e,t,o)}connectedCallback(){this.$fastController.onConnectedCallback()}disconnectedCallback(){this.$fastController.onDisconnectedCallback()}attributeChangedCallback(e,t,o){this.$fastController.onAttributeChangedCallback(e,t,o)}}}var nr,f1=d(()=>{pp();Tc();nr=Object.assign(p1(HTMLElement),{from(i){return p1(i)},define(i,e){return new no(i,e).define().type}})});var ar,fp=d(()=>{ar=class{createCSS(){return""}createBehavior(){}}});function m1(i,e){let t=[],o="",r=[];for(let s=0,n=i.length-1;s<n;++s){o+=i[s];let a=e[s];if(a instanceof ar){let l=a.createBehavior();a=a.createCSS(),l&&r.push(l)}a instanceof tt||a instanceof CSSStyleSheet?(o.trim()!==""&&(t.push(o),o=""),t.push(a)):o+=a}return o+=i[i.length-1],o.trim()!==""&&t.push(o),{styles:t,behaviors:r}}function w(i,...e){let{styles:t,behaviors:o}=m1(i,e),r=tt.create(t);return o.length&&r.withBehaviors(...o),r}function wt(i,...e){let{styles:t,behaviors:o}=m1(i,e);return new mp(t,o)}var mp,g1=d(()=>{fp();Rc();mp=class extends ar{constructor(e,t){super(),this.behaviors=t,this.css="";let o=e.reduce((r,s)=>(typeof s=="string"?this.css+=s:r.push(s),r),[]);o.length&&(this.styles=tt.create(o))}createBehavior(){return this}createCSS(){return this.css}bind(e){this.styles&&e.$fastController.addStyles(this.styles),this.behaviors.length&&e.$fastController.addBehaviors(this.behaviors)}unbind(e){this.styles&&e.$fastController.removeStyles(this.styles),this.behaviors.length&&e.$fastController.removeBehaviors(this.behaviors)}}});function $i(i,e,t){return{index:i,removed:e,addedCount:t}}function N7(i,e,t,o,r,s){let n=s-r+1,a=t-e+1,l=new Array(n),c,h;for(let u=0;u<n;++u)l[u]=new Array(a),l[u][0]=u;for(let u=0;u<a;++u)l[0][u]=u;for(let u=1;u<n;++u)for(let v=1;v<a;++v)i[e+v-1]===o[r+u-1]?l[u][v]=l[u-1][v-1]:(c=l[u-1][v]+1,h=l[u][v-1]+1,l[u][v]=c<h?c:h);return l}function U7(i){let e=i.length-1,t=i[0].length-1,o=i[e][t],r=[];for(;e>0||t>0;){if(e===0){r.push(gp),t--;continue}if(t===0){r.push(vp),e--;continue}let s=i[e-1][t-1],n=i[e-1][t],a=i[e][t-1],l;n<a?l=n<s?n:s:l=a<s?a:s,l===s?(s===o?r.push(b1):(r.push(y1),o=s),e--,t--):l===n?(r.push(vp),e--,o=n):(r.push(gp),t--,o=a)}return r.reverse(),r}function j7(i,e,t){for(let o=0;o<t;++o)if(i[o]!==e[o])return o;return t}function q7(i,e,t){let o=i.length,r=e.length,s=0;for(;s<t&&i[--o]===e[--r];)s++;return s}function G7(i,e,t,o){return e<t||o<i?-1:e===t||o===i?0:i<t?e<o?e-t:o-t:o<e?o-i:e-i}function bp(i,e,t,o,r,s){let n=0,a=0,l=Math.min(t-e,s-r);if(e===0&&r===0&&(n=j7(i,o,l)),t===i.length&&s===o.length&&(a=q7(i,o,l-n)),e+=n,r+=n,t-=a,s-=a,t-e===0&&s-r===0)return wi;if(e===t){let S=$i(e,[],0);for(;r<s;)S.removed.push(o[r++]);return[S]}else if(r===s)return[$i(e,[],t-e)];let c=U7(N7(i,e,t,o,r,s)),h=[],u,v=e,y=r;for(let S=0;S<c.length;++S)switch(c[S]){case b1:u!==void 0&&(h.push(u),u=void 0),v++,y++;break;case y1:u===void 0&&(u=$i(v,[],0)),u.addedCount++,v++,u.removed.push(o[y]),y++;break;case gp:u===void 0&&(u=$i(v,[],0)),u.addedCount++,v++;break;case vp:u===void 0&&(u=$i(v,[],0)),u.removed.push(o[y]),y++;break}return u!==void 0&&h.push(u),h}function W7(i,e,t,o){let r=$i(e,t,o),s=!1,n=0;for(let a=0;a<i.length;a++){let l=i[a];if(l.index+=n,s)continue;let c=G7(r.index,r.index+r.removed.length,l.index,l.index+l.addedCount);if(c>=0){i.splice(a,1),a--,n-=l.addedCount-l.removed.length,r.addedCount+=l.addedCount-c;let h=r.removed.length+l.removed.length-c;if(!r.addedCount&&!h)s=!0;else{let u=l.removed;if(r.index<l.index){let v=r.removed.slice(0,l.index-r.index);v1.apply(v,u),u=v}if(r.index+r.removed.length>l.index+l.addedCount){let v=r.removed.slice(l.index+l.addedCount-r.index);v1.apply(u,v)}r.removed=u,l.index<r.index&&(r.index=l.index)}}else if(r.index<l.index){s=!0,i.splice(a,0,r),a++;let h=r.addedCount-r.removed.length;l.index+=h,n+=h}}s||i.push(r)}function Z7(i){let e=[];for(let t=0,o=i.length;t<o;t++){let r=i[t];W7(e,r.index,r.removed,r.addedCount)}return e}function x1(i,e){let t=[],o=Z7(e);for(let r=0,s=o.length;r<s;++r){let n=o[r];if(n.addedCount===1&&n.removed.length===1){n.removed[0]!==i[n.index]&&t.push(n);continue}t=t.concat(bp(i,n.index,n.index+n.addedCount,n.removed,0,n.removed.length))}return t}var b1,y1,gp,vp,v1,w1=d(()=>{Ro();b1=0,y1=1,gp=2,vp=3;v1=Array.prototype.push});function yp(i,e){let t=i.index,o=e.length;return t>o?t=o-i.addedCount:t<0&&(t=o+i.removed.length+t-i.addedCount),t<0&&(t=0),i.index=t,i}function $1(){if(C1)return;C1=!0,V.setArrayObserverFactory(l=>new xp(l));let i=Array.prototype;if(i.$fastPatch)return;Reflect.defineProperty(i,"$fastPatch",{value:1,enumerable:!1});let e=i.pop,t=i.push,o=i.reverse,r=i.shift,s=i.sort,n=i.splice,a=i.unshift;i.pop=function(){let l=this.length>0,c=e.apply(this,arguments),h=this.$fastController;return h!==void 0&&l&&h.addSplice($i(this.length,[c],0)),c},i.push=function(){let l=t.apply(this,arguments),c=this.$fastController;return c!==void 0&&c.addSplice(yp($i(this.length-arguments.length,[],arguments.length),this)),l},i.reverse=function(){let l,c=this.$fastController;c!==void 0&&(c.flush(),l=this.slice());let h=o.apply(this,arguments);return c!==void 0&&c.reset(l),h},i.shift=function(){let l=this.length>0,c=r.apply(this,arguments),h=this.$fastController;return h!==void 0&&l&&h.addSplice($i(0,[c],0)),c},i.sort=function(){let l,c=this.$fastController;c!==void 0&&(c.flush(),l=this.slice());let h=s.apply(this,arguments);return c!==void 0&&c.reset(l),h},i.splice=function(){let l=n.apply(this,arguments),c=this.$fastController;return c!==void 0&&c.addSplice(yp($i(+arguments[0],l,arguments.length>2?arguments.length-2:0),this)),l},i.unshift=function(){let l=a.apply(this,arguments),c=this.$fastController;return c!==void 0&&c.addSplice(yp($i(0,[],arguments.length),this)),l}}var C1,xp,S1=d(()=>{Ci();w1();fa();so();C1=!1;xp=class extends er{constructor(e){super(e),this.oldCollection=void 0,this.splices=void 0,this.needsQueue=!0,this.call=this.flush,Reflect.defineProperty(e,"$fastController",{value:this,enumerable:!1})}subscribe(e){this.flush(),super.subscribe(e)}addSplice(e){this.splices===void 0?this.splices=[e]:this.splices.push(e),this.needsQueue&&(this.needsQueue=!1,I.queueUpdate(this))}reset(e){this.oldCollection=e,this.needsQueue&&(this.needsQueue=!1,I.queueUpdate(this))}flush(){let e=this.splices,t=this.oldCollection;if(e===void 0&&t===void 0)return;this.needsQueue=!0,this.splices=void 0,this.oldCollection=void 0;let o=t===void 0?x1(this.source,e):bp(this.source,0,this.source.length,t,0,t.length);this.notify(o)}}});function X(i){return new rr("fast-ref",wp,i)}var wp,k1=d(()=>{sr();wp=class{constructor(e,t){this.target=e,this.propertyName=t}bind(e){e[this.propertyName]=this.target}unbind(){}}});var Cp,_1=d(()=>{Cp=i=>typeof i=="function"});function R1(i){return i===void 0?Q7:Cp(i)?i:()=>i}function ue(i,e,t){let o=Cp(i)?i:()=>i,r=R1(e),s=R1(t);return(n,a)=>o(n,a)?r(n,a):s(n,a)}var Q7,F1=d(()=>{_1();Q7=()=>null});function X7(i,e,t,o){i.bind(e[t],o)}function Y7(i,e,t,o){let r=Object.create(o);r.index=t,r.length=e.length,i.bind(e[t],r)}var VD,$p,Fo,T1=d(()=>{Ci();so();S1();Ro();sr();Sc();VD=Object.freeze({positioning:!1,recycle:!0});$p=class{constructor(e,t,o,r,s,n){this.location=e,this.itemsBinding=t,this.templateBinding=r,this.options=n,this.source=null,this.views=[],this.items=null,this.itemsObserver=null,this.originalContext=void 0,this.childContext=void 0,this.bindView=X7,this.itemsBindingObserver=V.binding(t,this,o),this.templateBindingObserver=V.binding(r,this,s),n.positioning&&(this.bindView=Y7)}bind(e,t){this.source=e,this.originalContext=t,this.childContext=Object.create(t),this.childContext.parent=e,this.childContext.parentContext=this.originalContext,this.items=this.itemsBindingObserver.observe(e,this.originalContext),this.template=this.templateBindingObserver.observe(e,this.originalContext),this.observeItems(!0),this.refreshAllViews()}unbind(){this.source=null,this.items=null,this.itemsObserver!==null&&this.itemsObserver.unsubscribe(this),this.unbindAllViews(),this.itemsBindingObserver.disconnect(),this.templateBindingObserver.disconnect()}handleChange(e,t){e===this.itemsBinding?(this.items=this.itemsBindingObserver.observe(this.source,this.originalContext),this.observeItems(),this.refreshAllViews()):e===this.templateBinding?(this.template=this.templateBindingObserver.observe(this.source,this.originalContext),this.refreshAllViews(!0)):this.updateViews(t)}observeItems(e=!1){if(!this.items){this.items=wi;return}let t=this.itemsObserver,o=this.itemsObserver=V.getNotifier(this.items),r=t!==o;r&&t!==null&&t.unsubscribe(this),(r||e)&&o.subscribe(this)}updateViews(e){let t=this.childContext,o=this.views,r=this.bindView,s=this.items,n=this.template,a=this.options.recycle,l=[],c=0,h=0;for(let u=0,v=e.length;u<v;++u){let y=e[u],S=y.removed,O=0,j=y.index,et=j+y.addedCount,Ee=o.splice(y.index,S.length),ct=h=l.length+Ee.length;for(;j<et;++j){let Jt=o[j],Bi=Jt?Jt.firstChild:this.location,Kt;a&&h>0?(O<=ct&&Ee.length>0?(Kt=Ee[O],O++):(Kt=l[c],c++),h--):Kt=n.create(),o.splice(j,0,Kt),r(Kt,s,j,t),Kt.insertBefore(Bi)}Ee[O]&&l.push(...Ee.slice(O))}for(let u=c,v=l.length;u<v;++u)l[u].dispose();if(this.options.positioning)for(let u=0,v=o.length;u<v;++u){let y=o[u].context;y.length=v,y.index=u}}refreshAllViews(e=!1){let t=this.items,o=this.childContext,r=this.template,s=this.location,n=this.bindView,a=t.length,l=this.views,c=l.length;if((a===0||e||!this.options.recycle)&&(Qs.disposeContiguousBatch(l),c=0),c===0){this.views=l=new Array(a);for(let h=0;h<a;++h){let u=r.create();n(u,t,h,o),l[h]=u,u.insertBefore(s)}}else{let h=0;for(;h<a;++h)if(h<c){let v=l[h];n(v,t,h,o)}else{let v=r.create();n(v,t,h,o),l.push(v),v.insertBefore(s)}let u=l.splice(h,c-h);for(h=0,a=u.length;h<a;++h)u[h].dispose()}}unbindAllViews(){let e=this.views;for(let t=0,o=e.length;t<o;++t)e[t].unbind()}},Fo=class extends or{constructor(e,t,o){super(),this.itemsBinding=e,this.templateBinding=t,this.options=o,this.createPlaceholder=I.createBlockPlaceholder,$1(),this.isItemsBindingVolatile=V.isVolatileBinding(e),this.isTemplateBindingVolatile=V.isVolatileBinding(t)}createBehavior(e){return new $p(e,this.itemsBinding,this.isItemsBindingVolatile,this.templateBinding,this.isTemplateBindingVolatile,this.options)}}});function Ct(i){return i?function(e,t,o){return e.nodeType===1&&e.matches(i)}:function(e,t,o){return e.nodeType===1}}var Xs,Lc=d(()=>{so();Ro();Xs=class{constructor(e,t){this.target=e,this.options=t,this.source=null}bind(e){let t=this.options.property;this.shouldUpdate=V.getAccessors(e).some(o=>o.name===t),this.source=e,this.updateTarget(this.computeNodes()),this.shouldUpdate&&this.observe()}unbind(){this.updateTarget(wi),this.source=null,this.shouldUpdate&&this.disconnect()}handleEvent(){this.updateTarget(this.computeNodes())}computeNodes(){let e=this.getNodes();return this.options.filter!==void 0&&(e=e.filter(this.options.filter)),e}updateTarget(e){this.source[this.options.property]=e}}});function ie(i){return typeof i=="string"&&(i={property:i}),new rr("fast-slotted",Sp,i)}var Sp,I1=d(()=>{sr();Lc();Sp=class extends Xs{constructor(e,t){super(e,t)}observe(){this.target.addEventListener("slotchange",this)}disconnect(){this.target.removeEventListener("slotchange",this)}getNodes(){return this.target.assignedNodes(this.options)}}});function lr(i){return typeof i=="string"&&(i={property:i}),new rr("fast-children",kp,i)}var kp,L1=d(()=>{sr();Lc();kp=class extends Xs{constructor(e,t){super(e,t),this.observer=null,t.childList=!0}observe(){this.observer===null&&(this.observer=new MutationObserver(this.handleEvent.bind(this))),this.observer.observe(this.target,this.options)}disconnect(){this.observer.disconnect()}getNodes(){return"subtree"in this.options?Array.from(this.target.querySelectorAll(this.options.selector)):Array.from(this.target.childNodes)}}});var x=d(()=>{Ro();s1();f1();Tc();dp();pp();sp();Rc();g1();fp();Sc();so();fa();Ci();$c();sr();k1();F1();T1();I1();L1();Lc()});var ke,_e,Re,xE,wE,Ue=d(()=>{x();ke=class{handleStartContentChange(){this.startContainer.classList.toggle("start",this.start.assignedNodes().length>0)}handleEndContentChange(){this.endContainer.classList.toggle("end",this.end.assignedNodes().length>0)}},_e=(i,e)=>C`
    <span
        part="end"
        ${X("endContainer")}
        class=${t=>e.end?"end":void 0}
    >
        <slot name="end" ${X("end")} @slotchange="${t=>t.handleEndContentChange()}">
            ${e.end||""}
        </slot>
    </span>
`,Re=(i,e)=>C`
    <span
        part="start"
        ${X("startContainer")}
        class="${t=>e.start?"start":void 0}"
    >
        <slot
            name="start"
            ${X("start")}
            @slotchange="${t=>t.handleStartContentChange()}"
        >
            ${e.start||""}
        </slot>
    </span>
`,xE=C`
    <span part="end" ${X("endContainer")}>
        <slot
            name="end"
            ${X("end")}
            @slotchange="${i=>i.handleEndContentChange()}"
        ></slot>
    </span>
`,wE=C`
    <span part="start" ${X("startContainer")}>
        <slot
            name="start"
            ${X("start")}
            @slotchange="${i=>i.handleStartContentChange()}"
        ></slot>
    </span>
`});var D1,E1=d(()=>{x();Ue();D1=(i,e)=>C`
    <template class="${t=>t.expanded?"expanded":""}">
        <div
            class="heading"
            part="heading"
            role="heading"
            aria-level="${t=>t.headinglevel}"
        >
            <button
                class="button"
                part="button"
                ${X("expandbutton")}
                aria-expanded="${t=>t.expanded}"
                aria-controls="${t=>t.id}-panel"
                id="${t=>t.id}"
                @click="${(t,o)=>t.clickHandler(o.event)}"
            >
                <span class="heading-content" part="heading-content">
                    <slot name="heading"></slot>
                </span>
            </button>
            ${Re(i,e)}
            ${_e(i,e)}
            <span class="icon" part="icon" aria-hidden="true">
                <slot name="expanded-icon" part="expanded-icon">
                    ${e.expandedIcon||""}
                </slot>
                <slot name="collapsed-icon" part="collapsed-icon">
                    ${e.collapsedIcon||""}
                </slot>
            <span>
        </div>
        <div
            class="region"
            part="region"
            id="${t=>t.id}-panel"
            role="region"
            aria-labelledby="${t=>t.id}"
        >
            <slot></slot>
        </div>
    </template>
`});function p(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s}var Y=d(()=>{});function ga(i){let e=i.slice(),t=Object.keys(i),o=t.length,r;for(let s=0;s<o;++s)r=t[s],q1(r)||(e[r]=i[r]);return e}function P1(i){return e=>Reflect.getOwnMetadata(i,e)}function Pc(i){return function(e){let t=function(o,r,s){Le.inject(t)(o,r,s)};return t.$isResolver=!0,t.resolve=function(o,r){return i(e,o,r)},t}}function tS(i){return function(e,t){t=!!t;let o=function(r,s,n){Le.inject(o)(r,s,n)};return o.$isResolver=!0,o.resolve=function(r,s){return i(e,r,s,t)},o}}function Dp(i,e,t){Le.inject(Dp)(i,e,t)}function N1(i,e){return e.getFactory(i).construct(e)}function M1(i){return this.get(i)}function iS(i,e){return e(i)}function Ac(i){return typeof i.register=="function"}function rS(i){return Ac(i)&&typeof i.registerInRequestor=="boolean"}function H1(i){return rS(i)&&i.registerInRequestor}function sS(i){return i.prototype!==void 0}function j1(i){return function(e,t,o){if(Tp.has(o))return Tp.get(o);let r=i(e,t,o);return Tp.set(o,r),r}}function Dc(i){if(i==null)throw new Error("key/value cannot be null or undefined. Are you trying to inject/register something that doesn't exist with DI?")}function V1(i,e,t){if(i instanceof ei&&i.strategy===4){let o=i.state,r=o.length,s=new Array(r);for(;r--;)s[r]=o[r].resolve(e,t);return s}return[i.resolve(e,t)]}function z1(i){return typeof i=="object"&&i!==null||typeof i=="function"}function q1(i){switch(typeof i){case"number":return i>=0&&(i|0)===i;case"string":{let e=Ec[i];if(e!==void 0)return e;let t=i.length;if(t===0)return Ec[i]=!1;let o=0;for(let r=0;r<t;++r)if(o=i.charCodeAt(r),r===0&&o===48&&t>1||o<48||o>57)return Ec[i]=!1;return Ec[i]=!0}default:return!1}}var _p,Ip,J7,Rp,A1,O1,Le,K7,FE,eS,TE,IE,LE,DE,EE,ei,Lp,oS,nS,U1,Fp,va,Tp,ts,B1,aS,Ec,Oc=d(()=>{x();_p=new Map;"metadata"in Reflect||(Reflect.metadata=function(i,e){return function(t){Reflect.defineMetadata(i,e,t)}},Reflect.defineMetadata=function(i,e,t){let o=_p.get(t);o===void 0&&_p.set(t,o=new Map),o.set(i,e)},Reflect.getOwnMetadata=function(i,e){let t=_p.get(e);if(t!==void 0)return t.get(i)});Ip=class{constructor(e,t){this.container=e,this.key=t}instance(e){return this.registerResolver(0,e)}singleton(e){return this.registerResolver(1,e)}transient(e){return this.registerResolver(2,e)}callback(e){return this.registerResolver(3,e)}cachedCallback(e){return this.registerResolver(3,j1(e))}aliasTo(e){return this.registerResolver(5,e)}registerResolver(e,t){let{container:o,key:r}=this;return this.container=this.key=void 0,o.registerResolver(r,new ei(r,e,t))}};J7=Object.freeze({none(i){throw Error(`${i.toString()} not registered, did you forget to add @singleton()?`)},singleton(i){return new ei(i,1,i)},transient(i){return new ei(i,2,i)}}),Rp=Object.freeze({default:Object.freeze({parentLocator:()=>null,responsibleForOwnerRequests:!1,defaultResolver:J7.singleton})}),A1=new Map;O1=null,Le=Object.freeze({createContainer(i){return new va(null,Object.assign({},Rp.default,i))},findResponsibleContainer(i){let e=i.$$container$$;return e&&e.responsibleForOwnerRequests?e:Le.findParentContainer(i)},findParentContainer(i){let e=new CustomEvent(U1,{bubbles:!0,composed:!0,cancelable:!0,detail:{container:void 0}});return i.dispatchEvent(e),e.detail.container||Le.getOrCreateDOMContainer()},getOrCreateDOMContainer(i,e){return i?i.$$container$$||new va(i,Object.assign({},Rp.default,e,{parentLocator:Le.findParentContainer})):O1||(O1=new va(null,Object.assign({},Rp.default,e,{parentLocator:()=>null})))},getDesignParamtypes:P1("design:paramtypes"),getAnnotationParamtypes:P1("di:paramtypes"),getOrCreateAnnotationParamTypes(i){let e=this.getAnnotationParamtypes(i);return e===void 0&&Reflect.defineMetadata("di:paramtypes",e=[],i),e},getDependencies(i){let e=A1.get(i);if(e===void 0){let t=i.inject;if(t===void 0){let o=Le.getDesignParamtypes(i),r=Le.getAnnotationParamtypes(i);if(o===void 0)if(r===void 0){let s=Object.getPrototypeOf(i);typeof s=="function"&&s!==Function.prototype?e=ga(Le.getDependencies(s)):e=[]}else e=ga(r);else if(r===void 0)e=ga(o);else{e=ga(o);let s=r.length,n;for(let c=0;c<s;++c)n=r[c],n!==void 0&&(e[c]=n);let a=Object.keys(r);s=a.length;let l;for(let c=0;c<s;++c)l=a[c],q1(l)||(e[l]=r[l])}}else e=ga(t);A1.set(i,e)}return e},defineProperty(i,e,t,o=!1){let r=`$di_${e}`;Reflect.defineProperty(i,e,{get:function(){let s=this[r];if(s===void 0&&(s=(this instanceof HTMLElement?Le.findResponsibleContainer(this):Le.getOrCreateDOMContainer()).get(t),this[r]=s,o&&this instanceof nr)){let a=this.$fastController,l=()=>{let h=Le.findResponsibleContainer(this).get(t),u=this[r];h!==u&&(this[r]=s,a.notify(e))};a.subscribe({handleChange:l},"isConnected")}return s}})},createInterface(i,e){let t=typeof i=="function"?i:e,o=typeof i=="string"?i:i&&"friendlyName"in i&&i.friendlyName||B1,r=typeof i=="string"?!1:i&&"respectConnection"in i&&i.respectConnection||!1,s=function(n,a,l){if(n==null||new.target!==void 0)throw new Error(`No registration for interface: '${s.friendlyName}'`);if(a)Le.defineProperty(n,a,s,r);else{let c=Le.getOrCreateAnnotationParamTypes(n);c[l]=s}};return s.$isInterface=!0,s.friendlyName=o??"(anonymous)",t!=null&&(s.register=function(n,a){return t(new Ip(n,a??s))}),s.toString=function(){return`InterfaceSymbol<${s.friendlyName}>`},s},inject(...i){return function(e,t,o){if(typeof o=="number"){let r=Le.getOrCreateAnnotationParamTypes(e),s=i[0];s!==void 0&&(r[o]=s)}else if(t)Le.defineProperty(e,t,i[0]);else{let r=o?Le.getOrCreateAnnotationParamTypes(o.value):Le.getOrCreateAnnotationParamTypes(e),s;for(let n=0;n<i.length;++n)s=i[n],s!==void 0&&(r[n]=s)}}},transient(i){return i.register=function(t){return ts.transient(i,i).register(t)},i.registerInRequestor=!1,i},singleton(i,e=eS){return i.register=function(o){return ts.singleton(i,i).register(o)},i.registerInRequestor=e.scoped,i}}),K7=Le.createInterface("Container");FE=Le.inject,eS={scoped:!1};TE=tS((i,e,t,o)=>t.getAll(i,o)),IE=Pc((i,e,t)=>()=>t.get(i)),LE=Pc((i,e,t)=>{if(t.has(i,!0))return t.get(i)});Dp.$isResolver=!0;Dp.resolve=()=>{};DE=Pc((i,e,t)=>{let o=N1(i,e),r=new ei(i,0,o);return t.registerResolver(i,r),o}),EE=Pc((i,e,t)=>N1(i,e));ei=class{constructor(e,t,o){this.key=e,this.strategy=t,this.state=o,this.resolving=!1}get $isResolver(){return!0}register(e){return e.registerResolver(this.key,this)}resolve(e,t){switch(this.strategy){case 0:return this.state;case 1:{if(this.resolving)throw new Error(`Cyclic dependency found: ${this.state.name}`);return this.resolving=!0,this.state=e.getFactory(this.state).construct(t),this.strategy=0,this.resolving=!1,this.state}case 2:{let o=e.getFactory(this.state);if(o===null)throw new Error(`Resolver for ${String(this.key)} returned a null factory`);return o.construct(t)}case 3:return this.state(e,t,this);case 4:return this.state[0].resolve(e,t);case 5:return t.get(this.state);default:throw new Error(`Invalid resolver strategy specified: ${this.strategy}.`)}}getFactory(e){var t,o,r;switch(this.strategy){case 1:case 2:return e.getFactory(this.state);case 5:return(r=(o=(t=e.getResolver(this.state))===null||t===void 0?void 0:t.getFactory)===null||o===void 0?void 0:o.call(t,e))!==null&&r!==void 0?r:null;default:return null}}};Lp=class{constructor(e,t){this.Type=e,this.dependencies=t,this.transformers=null}construct(e,t){let o;return t===void 0?o=new this.Type(...this.dependencies.map(M1,e)):o=new this.Type(...this.dependencies.map(M1,e),...t),this.transformers==null?o:this.transformers.reduce(iS,o)}registerTransformer(e){(this.transformers||(this.transformers=[])).push(e)}},oS={$isResolver:!0,resolve(i,e){return e}};nS=new Set(["Array","ArrayBuffer","Boolean","DataView","Date","Error","EvalError","Float32Array","Float64Array","Function","Int8Array","Int16Array","Int32Array","Map","Number","Object","Promise","RangeError","ReferenceError","RegExp","Set","SharedArrayBuffer","String","SyntaxError","TypeError","Uint8Array","Uint8ClampedArray","Uint16Array","Uint32Array","URIError","WeakMap","WeakSet"]),U1="__DI_LOCATE_PARENT__",Fp=new Map,va=class i{constructor(e,t){this.owner=e,this.config=t,this._parent=void 0,this.registerDepth=0,this.context=null,e!==null&&(e.$$container$$=this),this.resolvers=new Map,this.resolvers.set(K7,oS),e instanceof Node&&e.addEventListener(U1,o=>{o.composedPath()[0]!==this.owner&&(o.detail.container=this,o.stopImmediatePropagation())})}get parent(){return this._parent===void 0&&(this._parent=this.config.parentLocator(this.owner)),this._parent}get depth(){return this.parent===null?0:this.parent.depth+1}get responsibleForOwnerRequests(){return this.config.responsibleForOwnerRequests}registerWithContext(e,...t){return this.context=e,this.register(...t),this.context=null,this}register(...e){if(++this.registerDepth===100)throw new Error("Unable to autoregister dependency");let t,o,r,s,n,a=this.context;for(let l=0,c=e.length;l<c;++l)if(t=e[l],!!z1(t))if(Ac(t))t.register(this,a);else if(sS(t))ts.singleton(t,t).register(this);else for(o=Object.keys(t),s=0,n=o.length;s<n;++s)r=t[o[s]],z1(r)&&(Ac(r)?r.register(this,a):this.register(r));return--this.registerDepth,this}registerResolver(e,t){Dc(e);let o=this.resolvers,r=o.get(e);return r==null?o.set(e,t):r instanceof ei&&r.strategy===4?r.state.push(t):o.set(e,new ei(e,4,[r,t])),t}registerTransformer(e,t){let o=this.getResolver(e);if(o==null)return!1;if(o.getFactory){let r=o.getFactory(this);return r==null?!1:(r.registerTransformer(t),!0)}return!1}getResolver(e,t=!0){if(Dc(e),e.resolve!==void 0)return e;let o=this,r;for(;o!=null;)if(r=o.resolvers.get(e),r==null){if(o.parent==null){let s=H1(e)?this:o;return t?this.jitRegister(e,s):null}o=o.parent}else return r;return null}has(e,t=!1){return this.resolvers.has(e)?!0:t&&this.parent!=null?this.parent.has(e,!0):!1}get(e){if(Dc(e),e.$isResolver)return e.resolve(this,this);let t=this,o;for(;t!=null;)if(o=t.resolvers.get(e),o==null){if(t.parent==null){let r=H1(e)?this:t;return o=this.jitRegister(e,r),o.resolve(t,this)}t=t.parent}else return o.resolve(t,this);throw new Error(`Unable to resolve key: ${String(e)}`)}getAll(e,t=!1){Dc(e);let o=this,r=o,s;if(t){let n=wi;for(;r!=null;)s=r.resolvers.get(e),s!=null&&(n=n.concat(V1(s,r,o))),r=r.parent;return n}else for(;r!=null;)if(s=r.resolvers.get(e),s==null){if(r=r.parent,r==null)return wi}else return V1(s,r,o);return wi}getFactory(e){let t=Fp.get(e);if(t===void 0){if(aS(e))throw new Error(`${e.name} is a native function and therefore cannot be safely constructed by DI. If this is intentional, please use a callback or cachedCallback resolver.`);Fp.set(e,t=new Lp(e,Le.getDependencies(e)))}return t}registerFactory(e,t){Fp.set(e,t)}createChild(e){return new i(null,Object.assign({},this.config,e,{parentLocator:()=>this}))}jitRegister(e,t){if(typeof e!="function")throw new Error(`Attempted to jitRegister something that is not a constructor: '${e}'. Did you forget to register this dependency?`);if(nS.has(e.name))throw new Error(`Attempted to jitRegister an intrinsic type: ${e.name}. Did you forget to add @inject(Key)`);if(Ac(e)){let o=e.register(t);if(!(o instanceof Object)||o.resolve==null){let r=t.resolvers.get(e);if(r!=null)return r;throw new Error("A valid resolver was not returned from the static register method")}return o}else{if(e.$isInterface)throw new Error(`Attempted to jitRegister an interface: ${e.friendlyName}`);{let o=this.config.defaultResolver(e,t);return t.resolvers.set(e,o),o}}}},Tp=new WeakMap;ts=Object.freeze({instance(i,e){return new ei(i,0,e)},singleton(i,e){return new ei(i,1,e)},transient(i,e){return new ei(i,2,e)},callback(i,e){return new ei(i,3,e)},cachedCallback(i,e){return new ei(i,3,j1(e))},aliasTo(i,e){return new ei(e,5,i)}});B1="(anonymous)";aS=(function(){let i=new WeakMap,e=!1,t="",o=0;return function(r){return e=i.get(r),e===void 0&&(t=r.toString(),o=t.length,e=o>=29&&o<=100&&t.charCodeAt(o-1)===125&&t.charCodeAt(o-2)<=32&&t.charCodeAt(o-3)===93&&t.charCodeAt(o-4)===101&&t.charCodeAt(o-5)===100&&t.charCodeAt(o-6)===111&&t.charCodeAt(o-7)===99&&t.charCodeAt(o-8)===32&&t.charCodeAt(o-9)===101&&t.charCodeAt(o-10)===118&&t.charCodeAt(o-11)===105&&t.charCodeAt(o-12)===116&&t.charCodeAt(o-13)===97&&t.charCodeAt(o-14)===110&&t.charCodeAt(o-15)===88,i.set(r,e)),e}})(),Ec={}});function G1(i){return`${i.toLowerCase()}:presentation`}var Mc,Vc,Hc,Bc=d(()=>{x();Oc();Mc=new Map,Vc=Object.freeze({define(i,e,t){let o=G1(i);Mc.get(o)===void 0?Mc.set(o,e):Mc.set(o,!1),t.register(ts.instance(o,e))},forTag(i,e){let t=G1(i),o=Mc.get(t);return o===!1?Le.findResponsibleContainer(e).get(t):o||null}}),Hc=class{constructor(e,t){this.template=e||null,this.styles=t===void 0?null:Array.isArray(t)?tt.create(t):t instanceof tt?t:tt.create([t])}applyTo(e){let t=e.$fastController;t.template===null&&(t.template=this.template),t.styles===null&&(t.styles=this.styles)}}});function ba(i,e,t){return typeof i=="function"?i(e,t):i}var R,Ep,oe=d(()=>{Y();x();Bc();R=class i extends nr{constructor(){super(...arguments),this._presentation=void 0}get $presentation(){return this._presentation===void 0&&(this._presentation=Vc.forTag(this.tagName,this)),this._presentation}templateChanged(){this.template!==void 0&&(this.$fastController.template=this.template)}stylesChanged(){this.styles!==void 0&&(this.$fastController.styles=this.styles)}connectedCallback(){this.$presentation!==null&&this.$presentation.applyTo(this),super.connectedCallback()}static compose(e){return(t={})=>new Ep(this===i?class extends i{}:this,e,t)}};p([b],R.prototype,"template",void 0);p([b],R.prototype,"styles",void 0);Ep=class{constructor(e,t,o){this.type=e,this.elementDefinition=t,this.overrideDefinition=o,this.definition=Object.assign(Object.assign({},this.elementDefinition),this.overrideDefinition)}register(e,t){let o=this.definition,r=this.overrideDefinition,n=`${o.prefix||t.elementPrefix}-${o.baseName}`;t.tryDefineElement({name:n,type:this.type,baseClass:this.elementDefinition.baseClass,callback:a=>{let l=new Hc(ba(o.template,a,o),ba(o.styles,a,o));a.definePresentation(l);let c=ba(o.shadowOptions,a,o);a.shadowRootMode&&(c?r.shadowOptions||(c.mode=a.shadowRootMode):c!==null&&(c={mode:a.shadowRootMode})),a.defineElement({elementOptions:ba(o.elementOptions,a,o),shadowOptions:c,attributes:ba(o.attributes,a,o)})}})}}});function ae(i,...e){let t=ma.locate(i);e.forEach(o=>{Object.getOwnPropertyNames(o.prototype).forEach(s=>{s!=="constructor"&&Object.defineProperty(i.prototype,s,Object.getOwnPropertyDescriptor(o.prototype,s))}),ma.locate(o).forEach(s=>t.push(s))})}var $t=d(()=>{x()});var Gi,Ap=d(()=>{Y();x();oe();Ue();$t();Gi=class extends R{constructor(){super(...arguments),this.headinglevel=2,this.expanded=!1,this.clickHandler=e=>{this.expanded=!this.expanded,this.change()},this.change=()=>{this.$emit("change")}}};p([f({attribute:"heading-level",mode:"fromView",converter:P})],Gi.prototype,"headinglevel",void 0);p([f({mode:"boolean"})],Gi.prototype,"expanded",void 0);p([f],Gi.prototype,"id",void 0);ae(Gi,ke)});var W1=d(()=>{E1();Ap()});var Z1,Q1=d(()=>{x();Z1=(i,e)=>C`
    <template>
        <slot ${ie({property:"accordionItems",filter:Ct()})}></slot>
        <slot name="item" part="item" ${ie("accordionItems")}></slot>
    </template>
`});var Fe,X1=d(()=>{Fe={horizontal:"horizontal",vertical:"vertical"}});function Y1(i,e){let t=i.length;for(;t--;)if(e(i[t],t,i))return t;return-1}var J1=d(()=>{});var K1=d(()=>{});function zc(){return!!(typeof window<"u"&&window.document&&window.document.createElement)}var eb=d(()=>{});var tb=d(()=>{});var ib=d(()=>{});var ob=d(()=>{});var Pp=d(()=>{eb();tb();ib();ob()});function ao(...i){return i.every(e=>e instanceof HTMLElement)}function rb(i,e){return!i||!e||!ao(i)?void 0:Array.from(i.querySelectorAll(e)).filter(o=>o.offsetParent!==null)}function lS(){let i=document.querySelector('meta[property="csp-nonce"]');return i?i.getAttribute("content"):null}function sb(){if(typeof is=="boolean")return is;if(!zc())return is=!1,is;let i=document.createElement("style"),e=lS();e!==null&&i.setAttribute("nonce",e),document.head.appendChild(i);try{i.sheet.insertRule("foo:focus-visible {color:inherit}",0),is=!0}catch{is=!1}finally{document.head.removeChild(i)}return is}var is,nb=d(()=>{Pp()});var Op,Mp,To,Io,Hp,Vp,ab=d(()=>{Op="focus",Mp="focusin",To="focusout",Io="keydown",Hp="resize",Vp="scroll"});var lb=d(()=>{});var cb,je,Ut,jt,qe,it,ai,ut,pt,db,hb,ub,li,cr,pb,fb,dr,mb=d(()=>{(function(i){i[i.alt=18]="alt",i[i.arrowDown=40]="arrowDown",i[i.arrowLeft=37]="arrowLeft",i[i.arrowRight=39]="arrowRight",i[i.arrowUp=38]="arrowUp",i[i.back=8]="back",i[i.backSlash=220]="backSlash",i[i.break=19]="break",i[i.capsLock=20]="capsLock",i[i.closeBracket=221]="closeBracket",i[i.colon=186]="colon",i[i.colon2=59]="colon2",i[i.comma=188]="comma",i[i.ctrl=17]="ctrl",i[i.delete=46]="delete",i[i.end=35]="end",i[i.enter=13]="enter",i[i.equals=187]="equals",i[i.equals2=61]="equals2",i[i.equals3=107]="equals3",i[i.escape=27]="escape",i[i.forwardSlash=191]="forwardSlash",i[i.function1=112]="function1",i[i.function10=121]="function10",i[i.function11=122]="function11",i[i.function12=123]="function12",i[i.function2=113]="function2",i[i.function3=114]="function3",i[i.function4=115]="function4",i[i.function5=116]="function5",i[i.function6=117]="function6",i[i.function7=118]="function7",i[i.function8=119]="function8",i[i.function9=120]="function9",i[i.home=36]="home",i[i.insert=45]="insert",i[i.menu=93]="menu",i[i.minus=189]="minus",i[i.minus2=109]="minus2",i[i.numLock=144]="numLock",i[i.numPad0=96]="numPad0",i[i.numPad1=97]="numPad1",i[i.numPad2=98]="numPad2",i[i.numPad3=99]="numPad3",i[i.numPad4=100]="numPad4",i[i.numPad5=101]="numPad5",i[i.numPad6=102]="numPad6",i[i.numPad7=103]="numPad7",i[i.numPad8=104]="numPad8",i[i.numPad9=105]="numPad9",i[i.numPadDivide=111]="numPadDivide",i[i.numPadDot=110]="numPadDot",i[i.numPadMinus=109]="numPadMinus",i[i.numPadMultiply=106]="numPadMultiply",i[i.numPadPlus=107]="numPadPlus",i[i.openBracket=219]="openBracket",i[i.pageDown=34]="pageDown",i[i.pageUp=33]="pageUp",i[i.period=190]="period",i[i.print=44]="print",i[i.quote=222]="quote",i[i.scrollLock=145]="scrollLock",i[i.shift=16]="shift",i[i.space=32]="space",i[i.tab=9]="tab",i[i.tilde=192]="tilde",i[i.windowsLeft=91]="windowsLeft",i[i.windowsOpera=219]="windowsOpera",i[i.windowsRight=92]="windowsRight"})(cb||(cb={}));je="ArrowDown",Ut="ArrowLeft",jt="ArrowRight",qe="ArrowUp",it="Enter",ai="Escape",ut="Home",pt="End",db="F2",hb="PageDown",ub="PageUp",li=" ",cr="Tab",pb="Backspace",fb="Delete",dr={ArrowDown:je,ArrowLeft:Ut,ArrowRight:jt,ArrowUp:qe}});var de,Bp=d(()=>{(function(i){i.ltr="ltr",i.rtl="rtl"})(de||(de={}))});function gb(i,e,t){return t<i?e:t>e?i:t}function hr(i,e,t){return Math.min(Math.max(t,i),e)}function ya(i,e,t=0){return[e,t]=[e,t].sort((o,r)=>o-r),e<=i&&i<t}var vb=d(()=>{});function vi(i=""){return`${i}${cS++}`}var cS,bb=d(()=>{cS=0});var yb=d(()=>{});var Ys,xb=d(()=>{Pp();Bp();Ys=class i{static getScrollLeft(e,t){return t===de.rtl?i.getRtlScrollLeftConverter(e):e.scrollLeft}static setScrollLeft(e,t,o){if(o===de.rtl){i.setRtlScrollLeftConverter(e,t);return}e.scrollLeft=t}static initialGetRtlScrollConverter(e){return i.initializeRtlScrollConverters(),i.getRtlScrollLeftConverter(e)}static directGetRtlScrollConverter(e){return e.scrollLeft}static invertedGetRtlScrollConverter(e){return-Math.abs(e.scrollLeft)}static reverseGetRtlScrollConverter(e){return e.scrollLeft-(e.scrollWidth-e.clientWidth)}static initialSetRtlScrollConverter(e,t){i.initializeRtlScrollConverters(),i.setRtlScrollLeftConverter(e,t)}static directSetRtlScrollConverter(e,t){e.scrollLeft=t}static invertedSetRtlScrollConverter(e,t){e.scrollLeft=Math.abs(t)}static reverseSetRtlScrollConverter(e,t){let o=e.scrollWidth-e.clientWidth;e.scrollLeft=o+t}static initializeRtlScrollConverters(){if(!zc()){i.applyDirectScrollConverters();return}let e=i.getTestElement();document.body.appendChild(e),i.checkForScrollType(e),document.body.removeChild(e)}static checkForScrollType(e){i.isReverse(e)?i.applyReverseScrollConverters():i.isDirect(e)?i.applyDirectScrollConverters():i.applyInvertedScrollConverters()}static isReverse(e){return e.scrollLeft>0}static isDirect(e){return e.scrollLeft=-1,e.scrollLeft<0}static applyDirectScrollConverters(){i.setRtlScrollLeftConverter=i.directSetRtlScrollConverter,i.getRtlScrollLeftConverter=i.directGetRtlScrollConverter}static applyInvertedScrollConverters(){i.setRtlScrollLeftConverter=i.invertedSetRtlScrollConverter,i.getRtlScrollLeftConverter=i.invertedGetRtlScrollConverter}static applyReverseScrollConverters(){i.setRtlScrollLeftConverter=i.reverseSetRtlScrollConverter,i.getRtlScrollLeftConverter=i.reverseGetRtlScrollConverter}static getTestElement(){let e=document.createElement("div");return e.appendChild(document.createTextNode("ABCD")),e.dir="rtl",e.style.fontSize="14px",e.style.width="4px",e.style.height="1px",e.style.position="absolute",e.style.top="-1000px",e.style.overflow="scroll",e}};Ys.getRtlScrollLeftConverter=Ys.initialGetRtlScrollConverter;Ys.setRtlScrollLeftConverter=Ys.initialSetRtlScrollConverter});var m,wb=d(()=>{(function(i){i.Canvas="Canvas",i.CanvasText="CanvasText",i.LinkText="LinkText",i.VisitedText="VisitedText",i.ActiveText="ActiveText",i.ButtonFace="ButtonFace",i.ButtonText="ButtonText",i.Field="Field",i.FieldText="FieldText",i.Highlight="Highlight",i.HighlightText="HighlightText",i.GrayText="GrayText"})(m||(m={}))});var N=d(()=>{X1();J1();K1();nb();ab();lb();mb();Bp();vb();bb();yb();xb();wb()});var Cb,Js,$b=d(()=>{Y();x();N();oe();Ap();Cb={single:"single",multi:"multi"},Js=class extends R{constructor(){super(...arguments),this.expandmode=Cb.multi,this.activeItemIndex=0,this.change=()=>{this.$emit("change",this.activeid)},this.setItems=()=>{var e;this.accordionItems.length!==0&&(this.accordionIds=this.getItemIds(),this.accordionItems.forEach((t,o)=>{t instanceof Gi&&(t.addEventListener("change",this.activeItemChange),this.isSingleExpandMode()&&(this.activeItemIndex!==o?t.expanded=!1:t.expanded=!0));let r=this.accordionIds[o];t.setAttribute("id",typeof r!="string"?`accordion-${o+1}`:r),this.activeid=this.accordionIds[this.activeItemIndex],t.addEventListener("keydown",this.handleItemKeyDown),t.addEventListener("focus",this.handleItemFocus)}),this.isSingleExpandMode()&&((e=this.findExpandedItem())!==null&&e!==void 0?e:this.accordionItems[0]).setAttribute("aria-disabled","true"))},this.removeItemListeners=e=>{e.forEach((t,o)=>{t.removeEventListener("change",this.activeItemChange),t.removeEventListener("keydown",this.handleItemKeyDown),t.removeEventListener("focus",this.handleItemFocus)})},this.activeItemChange=e=>{if(e.defaultPrevented||e.target!==e.currentTarget)return;e.preventDefault();let t=e.target;this.activeid=t.getAttribute("id"),this.isSingleExpandMode()&&(this.resetItems(),t.expanded=!0,t.setAttribute("aria-disabled","true"),this.accordionItems.forEach(o=>{!o.hasAttribute("disabled")&&o.id!==this.activeid&&o.removeAttribute("aria-disabled")})),this.activeItemIndex=Array.from(this.accordionItems).indexOf(t),this.change()},this.handleItemKeyDown=e=>{if(e.target===e.currentTarget)switch(this.accordionIds=this.getItemIds(),e.key){case qe:e.preventDefault(),this.adjust(-1);break;case je:e.preventDefault(),this.adjust(1);break;case ut:this.activeItemIndex=0,this.focusItem();break;case pt:this.activeItemIndex=this.accordionItems.length-1,this.focusItem();break}},this.handleItemFocus=e=>{if(e.target===e.currentTarget){let t=e.target,o=this.activeItemIndex=Array.from(this.accordionItems).indexOf(t);this.activeItemIndex!==o&&o!==-1&&(this.activeItemIndex=o,this.activeid=this.accordionIds[this.activeItemIndex])}}}accordionItemsChanged(e,t){this.$fastController.isConnected&&(this.removeItemListeners(e),this.setItems())}findExpandedItem(){for(let e=0;e<this.accordionItems.length;e++)if(this.accordionItems[e].getAttribute("expanded")==="true")return this.accordionItems[e];return null}resetItems(){this.accordionItems.forEach((e,t)=>{e.expanded=!1})}getItemIds(){return this.accordionItems.map(e=>e.getAttribute("id"))}isSingleExpandMode(){return this.expandmode===Cb.single}adjust(e){this.activeItemIndex=gb(0,this.accordionItems.length-1,this.activeItemIndex+e),this.focusItem()}focusItem(){let e=this.accordionItems[this.activeItemIndex];e instanceof Gi&&e.expandbutton.focus()}};p([f({attribute:"expand-mode"})],Js.prototype,"expandmode",void 0);p([b],Js.prototype,"accordionItems",void 0)});var Sb=d(()=>{Q1();$b()});var Nc,zp=d(()=>{x();Ue();Nc=(i,e)=>C`
    <a
        class="control"
        part="control"
        download="${t=>t.download}"
        href="${t=>t.href}"
        hreflang="${t=>t.hreflang}"
        ping="${t=>t.ping}"
        referrerpolicy="${t=>t.referrerpolicy}"
        rel="${t=>t.rel}"
        target="${t=>t.target}"
        type="${t=>t.type}"
        aria-atomic="${t=>t.ariaAtomic}"
        aria-busy="${t=>t.ariaBusy}"
        aria-controls="${t=>t.ariaControls}"
        aria-current="${t=>t.ariaCurrent}"
        aria-describedby="${t=>t.ariaDescribedby}"
        aria-details="${t=>t.ariaDetails}"
        aria-disabled="${t=>t.ariaDisabled}"
        aria-errormessage="${t=>t.ariaErrormessage}"
        aria-expanded="${t=>t.ariaExpanded}"
        aria-flowto="${t=>t.ariaFlowto}"
        aria-haspopup="${t=>t.ariaHaspopup}"
        aria-hidden="${t=>t.ariaHidden}"
        aria-invalid="${t=>t.ariaInvalid}"
        aria-keyshortcuts="${t=>t.ariaKeyshortcuts}"
        aria-label="${t=>t.ariaLabel}"
        aria-labelledby="${t=>t.ariaLabelledby}"
        aria-live="${t=>t.ariaLive}"
        aria-owns="${t=>t.ariaOwns}"
        aria-relevant="${t=>t.ariaRelevant}"
        aria-roledescription="${t=>t.ariaRoledescription}"
        ${X("control")}
    >
        ${Re(i,e)}
        <span class="content" part="content">
            <slot ${ie("defaultSlottedContent")}></slot>
        </span>
        ${_e(i,e)}
    </a>
`});var ge,xa=d(()=>{Y();x();ge=class{};p([f({attribute:"aria-atomic"})],ge.prototype,"ariaAtomic",void 0);p([f({attribute:"aria-busy"})],ge.prototype,"ariaBusy",void 0);p([f({attribute:"aria-controls"})],ge.prototype,"ariaControls",void 0);p([f({attribute:"aria-current"})],ge.prototype,"ariaCurrent",void 0);p([f({attribute:"aria-describedby"})],ge.prototype,"ariaDescribedby",void 0);p([f({attribute:"aria-details"})],ge.prototype,"ariaDetails",void 0);p([f({attribute:"aria-disabled"})],ge.prototype,"ariaDisabled",void 0);p([f({attribute:"aria-errormessage"})],ge.prototype,"ariaErrormessage",void 0);p([f({attribute:"aria-flowto"})],ge.prototype,"ariaFlowto",void 0);p([f({attribute:"aria-haspopup"})],ge.prototype,"ariaHaspopup",void 0);p([f({attribute:"aria-hidden"})],ge.prototype,"ariaHidden",void 0);p([f({attribute:"aria-invalid"})],ge.prototype,"ariaInvalid",void 0);p([f({attribute:"aria-keyshortcuts"})],ge.prototype,"ariaKeyshortcuts",void 0);p([f({attribute:"aria-label"})],ge.prototype,"ariaLabel",void 0);p([f({attribute:"aria-labelledby"})],ge.prototype,"ariaLabelledby",void 0);p([f({attribute:"aria-live"})],ge.prototype,"ariaLive",void 0);p([f({attribute:"aria-owns"})],ge.prototype,"ariaOwns",void 0);p([f({attribute:"aria-relevant"})],ge.prototype,"ariaRelevant",void 0);p([f({attribute:"aria-roledescription"})],ge.prototype,"ariaRoledescription",void 0)});var os=d(()=>{xa();Ue()});var At,rs,Np=d(()=>{Y();x();oe();os();$t();At=class extends R{constructor(){super(...arguments),this.handleUnsupportedDelegatesFocus=()=>{var e;window.ShadowRoot&&!window.ShadowRoot.prototype.hasOwnProperty("delegatesFocus")&&(!((e=this.$fastController.definition.shadowOptions)===null||e===void 0)&&e.delegatesFocus)&&(this.focus=()=>{var t;(t=this.control)===null||t===void 0||t.focus()})}}connectedCallback(){super.connectedCallback(),this.handleUnsupportedDelegatesFocus()}};p([f],At.prototype,"download",void 0);p([f],At.prototype,"href",void 0);p([f],At.prototype,"hreflang",void 0);p([f],At.prototype,"ping",void 0);p([f],At.prototype,"referrerpolicy",void 0);p([f],At.prototype,"rel",void 0);p([f],At.prototype,"target",void 0);p([f],At.prototype,"type",void 0);p([b],At.prototype,"defaultSlottedContent",void 0);rs=class{};p([f({attribute:"aria-expanded"})],rs.prototype,"ariaExpanded",void 0);ae(rs,ge);ae(At,ke,rs)});var kb=d(()=>{zp();Np()});var _b,Rb=d(()=>{x();_b=(i,e)=>C`
    <template class="${t=>t.initialLayoutComplete?"loaded":""}">
        ${ue(t=>t.initialLayoutComplete,C`
                <slot></slot>
            `)}
    </template>
`});var bi,ur=d(()=>{N();bi=i=>{let e=i.closest("[dir]");return e!==null&&e.dir==="rtl"?de.rtl:de.ltr}});var Uc,Fb=d(()=>{x();Uc=class{constructor(){this.intersectionDetector=null,this.observedElements=new Map,this.requestPosition=(e,t)=>{var o;if(this.intersectionDetector!==null){if(this.observedElements.has(e)){(o=this.observedElements.get(e))===null||o===void 0||o.push(t);return}this.observedElements.set(e,[t]),this.intersectionDetector.observe(e)}},this.cancelRequestPosition=(e,t)=>{let o=this.observedElements.get(e);if(o!==void 0){let r=o.indexOf(t);r!==-1&&o.splice(r,1)}},this.initializeIntersectionDetector=()=>{qi.IntersectionObserver&&(this.intersectionDetector=new IntersectionObserver(this.handleIntersection,{root:null,rootMargin:"0px",threshold:[0,1]}))},this.handleIntersection=e=>{if(this.intersectionDetector===null)return;let t=[],o=[];e.forEach(r=>{var s;(s=this.intersectionDetector)===null||s===void 0||s.unobserve(r.target);let n=this.observedElements.get(r.target);n!==void 0&&(n.forEach(a=>{let l=t.indexOf(a);l===-1&&(l=t.length,t.push(a),o.push([])),o[l].push(r)}),this.observedElements.delete(r.target))}),t.forEach((r,s)=>{r(o[s])})},this.initializeIntersectionDetector()}}});var K,jc=d(()=>{Y();x();N();oe();ur();Fb();K=class i extends R{constructor(){super(...arguments),this.anchor="",this.viewport="",this.horizontalPositioningMode="uncontrolled",this.horizontalDefaultPosition="unset",this.horizontalViewportLock=!1,this.horizontalInset=!1,this.horizontalScaling="content",this.verticalPositioningMode="uncontrolled",this.verticalDefaultPosition="unset",this.verticalViewportLock=!1,this.verticalInset=!1,this.verticalScaling="content",this.fixedPlacement=!1,this.autoUpdateMode="anchor",this.anchorElement=null,this.viewportElement=null,this.initialLayoutComplete=!1,this.resizeDetector=null,this.baseHorizontalOffset=0,this.baseVerticalOffset=0,this.pendingPositioningUpdate=!1,this.pendingReset=!1,this.currentDirection=de.ltr,this.regionVisible=!1,this.forceUpdate=!1,this.updateThreshold=.5,this.update=()=>{this.pendingPositioningUpdate||this.requestPositionUpdates()},this.startObservers=()=>{this.stopObservers(),this.anchorElement!==null&&(this.requestPositionUpdates(),this.resizeDetector!==null&&(this.resizeDetector.observe(this.anchorElement),this.resizeDetector.observe(this)))},this.requestPositionUpdates=()=>{this.anchorElement===null||this.pendingPositioningUpdate||(i.intersectionService.requestPosition(this,this.handleIntersection),i.intersectionService.requestPosition(this.anchorElement,this.handleIntersection),this.viewportElement!==null&&i.intersectionService.requestPosition(this.viewportElement,this.handleIntersection),this.pendingPositioningUpdate=!0)},this.stopObservers=()=>{this.pendingPositioningUpdate&&(this.pendingPositioningUpdate=!1,i.intersectionService.cancelRequestPosition(this,this.handleIntersection),this.anchorElement!==null&&i.intersectionService.cancelRequestPosition(this.anchorElement,this.handleIntersection),this.viewportElement!==null&&i.intersectionService.cancelRequestPosition(this.viewportElement,this.handleIntersection)),this.resizeDetector!==null&&this.resizeDetector.disconnect()},this.getViewport=()=>typeof this.viewport!="string"||this.viewport===""?document.documentElement:document.getElementById(this.viewport),this.getAnchor=()=>document.getElementById(this.anchor),this.handleIntersection=e=>{this.pendingPositioningUpdate&&(this.pendingPositioningUpdate=!1,this.applyIntersectionEntries(e)&&this.updateLayout())},this.applyIntersectionEntries=e=>{let t=e.find(s=>s.target===this),o=e.find(s=>s.target===this.anchorElement),r=e.find(s=>s.target===this.viewportElement);return t===void 0||r===void 0||o===void 0?!1:!this.regionVisible||this.forceUpdate||this.regionRect===void 0||this.anchorRect===void 0||this.viewportRect===void 0||this.isRectDifferent(this.anchorRect,o.boundingClientRect)||this.isRectDifferent(this.viewportRect,r.boundingClientRect)||this.isRectDifferent(this.regionRect,t.boundingClientRect)?(this.regionRect=t.boundingClientRect,this.anchorRect=o.boundingClientRect,this.viewportElement===document.documentElement?this.viewportRect=new DOMRectReadOnly(r.boundingClientRect.x+document.documentElement.scrollLeft,r.boundingClientRect.y+document.documentElement.scrollTop,r.boundingClientRect.width,r.boundingClientRect.height):this.viewportRect=r.boundingClientRect,this.updateRegionOffset(),this.forceUpdate=!1,!0):!1},this.updateRegionOffset=()=>{this.anchorRect&&this.regionRect&&(this.baseHorizontalOffset=this.baseHorizontalOffset+(this.anchorRect.left-this.regionRect.left)+(this.translateX-this.baseHorizontalOffset),this.baseVerticalOffset=this.baseVerticalOffset+(this.anchorRect.top-this.regionRect.top)+(this.translateY-this.baseVerticalOffset))},this.isRectDifferent=(e,t)=>Math.abs(e.top-t.top)>this.updateThreshold||Math.abs(e.right-t.right)>this.updateThreshold||Math.abs(e.bottom-t.bottom)>this.updateThreshold||Math.abs(e.left-t.left)>this.updateThreshold,this.handleResize=e=>{this.update()},this.reset=()=>{this.pendingReset&&(this.pendingReset=!1,this.anchorElement===null&&(this.anchorElement=this.getAnchor()),this.viewportElement===null&&(this.viewportElement=this.getViewport()),this.currentDirection=bi(this),this.startObservers())},this.updateLayout=()=>{let e,t;if(this.horizontalPositioningMode!=="uncontrolled"){let s=this.getPositioningOptions(this.horizontalInset);if(this.horizontalDefaultPosition==="center")t="center";else if(this.horizontalDefaultPosition!=="unset"){let v=this.horizontalDefaultPosition;if(v==="start"||v==="end"){let y=bi(this);if(y!==this.currentDirection){this.currentDirection=y,this.initialize();return}this.currentDirection===de.ltr?v=v==="start"?"left":"right":v=v==="start"?"right":"left"}switch(v){case"left":t=this.horizontalInset?"insetStart":"start";break;case"right":t=this.horizontalInset?"insetEnd":"end";break}}let n=this.horizontalThreshold!==void 0?this.horizontalThreshold:this.regionRect!==void 0?this.regionRect.width:0,a=this.anchorRect!==void 0?this.anchorRect.left:0,l=this.anchorRect!==void 0?this.anchorRect.right:0,c=this.anchorRect!==void 0?this.anchorRect.width:0,h=this.viewportRect!==void 0?this.viewportRect.left:0,u=this.viewportRect!==void 0?this.viewportRect.right:0;(t===void 0||this.horizontalPositioningMode!=="locktodefault"&&this.getAvailableSpace(t,a,l,c,h,u)<n)&&(t=this.getAvailableSpace(s[0],a,l,c,h,u)>this.getAvailableSpace(s[1],a,l,c,h,u)?s[0]:s[1])}if(this.verticalPositioningMode!=="uncontrolled"){let s=this.getPositioningOptions(this.verticalInset);if(this.verticalDefaultPosition==="center")e="center";else if(this.verticalDefaultPosition!=="unset")switch(this.verticalDefaultPosition){case"top":e=this.verticalInset?"insetStart":"start";break;case"bottom":e=this.verticalInset?"insetEnd":"end";break}let n=this.verticalThreshold!==void 0?this.verticalThreshold:this.regionRect!==void 0?this.regionRect.height:0,a=this.anchorRect!==void 0?this.anchorRect.top:0,l=this.anchorRect!==void 0?this.anchorRect.bottom:0,c=this.anchorRect!==void 0?this.anchorRect.height:0,h=this.viewportRect!==void 0?this.viewportRect.top:0,u=this.viewportRect!==void 0?this.viewportRect.bottom:0;(e===void 0||this.verticalPositioningMode!=="locktodefault"&&this.getAvailableSpace(e,a,l,c,h,u)<n)&&(e=this.getAvailableSpace(s[0],a,l,c,h,u)>this.getAvailableSpace(s[1],a,l,c,h,u)?s[0]:s[1])}let o=this.getNextRegionDimension(t,e),r=this.horizontalPosition!==t||this.verticalPosition!==e;if(this.setHorizontalPosition(t,o),this.setVerticalPosition(e,o),this.updateRegionStyle(),!this.initialLayoutComplete){this.initialLayoutComplete=!0,this.requestPositionUpdates();return}this.regionVisible||(this.regionVisible=!0,this.style.removeProperty("pointer-events"),this.style.removeProperty("opacity"),this.classList.toggle("loaded",!0),this.$emit("loaded",this,{bubbles:!1})),this.updatePositionClasses(),r&&this.$emit("positionchange",this,{bubbles:!1})},this.updateRegionStyle=()=>{this.style.width=this.regionWidth,this.style.height=this.regionHeight,this.style.transform=`translate(${this.translateX}px, ${this.translateY}px)`},this.updatePositionClasses=()=>{this.classList.toggle("top",this.verticalPosition==="start"),this.classList.toggle("bottom",this.verticalPosition==="end"),this.classList.toggle("inset-top",this.verticalPosition==="insetStart"),this.classList.toggle("inset-bottom",this.verticalPosition==="insetEnd"),this.classList.toggle("vertical-center",this.verticalPosition==="center"),this.classList.toggle("left",this.horizontalPosition==="start"),this.classList.toggle("right",this.horizontalPosition==="end"),this.classList.toggle("inset-left",this.horizontalPosition==="insetStart"),this.classList.toggle("inset-right",this.horizontalPosition==="insetEnd"),this.classList.toggle("horizontal-center",this.horizontalPosition==="center")},this.setHorizontalPosition=(e,t)=>{if(e===void 0||this.regionRect===void 0||this.anchorRect===void 0||this.viewportRect===void 0)return;let o=0;switch(this.horizontalScaling){case"anchor":case"fill":o=this.horizontalViewportLock?this.viewportRect.width:t.width,this.regionWidth=`${o}px`;break;case"content":o=this.regionRect.width,this.regionWidth="unset";break}let r=0;switch(e){case"start":this.translateX=this.baseHorizontalOffset-o,this.horizontalViewportLock&&this.anchorRect.left>this.viewportRect.right&&(this.translateX=this.translateX-(this.anchorRect.left-this.viewportRect.right));break;case"insetStart":this.translateX=this.baseHorizontalOffset-o+this.anchorRect.width,this.horizontalViewportLock&&this.anchorRect.right>this.viewportRect.right&&(this.translateX=this.translateX-(this.anchorRect.right-this.viewportRect.right));break;case"insetEnd":this.translateX=this.baseHorizontalOffset,this.horizontalViewportLock&&this.anchorRect.left<this.viewportRect.left&&(this.translateX=this.translateX-(this.anchorRect.left-this.viewportRect.left));break;case"end":this.translateX=this.baseHorizontalOffset+this.anchorRect.width,this.horizontalViewportLock&&this.anchorRect.right<this.viewportRect.left&&(this.translateX=this.translateX-(this.anchorRect.right-this.viewportRect.left));break;case"center":if(r=(this.anchorRect.width-o)/2,this.translateX=this.baseHorizontalOffset+r,this.horizontalViewportLock){let s=this.anchorRect.left+r,n=this.anchorRect.right-r;s<this.viewportRect.left&&!(n>this.viewportRect.right)?this.translateX=this.translateX-(s-this.viewportRect.left):n>this.viewportRect.right&&!(s<this.viewportRect.left)&&(this.translateX=this.translateX-(n-this.viewportRect.right))}break}this.horizontalPosition=e},this.setVerticalPosition=(e,t)=>{if(e===void 0||this.regionRect===void 0||this.anchorRect===void 0||this.viewportRect===void 0)return;let o=0;switch(this.verticalScaling){case"anchor":case"fill":o=this.verticalViewportLock?this.viewportRect.height:t.height,this.regionHeight=`${o}px`;break;case"content":o=this.regionRect.height,this.regionHeight="unset";break}let r=0;switch(e){case"start":this.translateY=this.baseVerticalOffset-o,this.verticalViewportLock&&this.anchorRect.top>this.viewportRect.bottom&&(this.translateY=this.translateY-(this.anchorRect.top-this.viewportRect.bottom));break;case"insetStart":this.translateY=this.baseVerticalOffset-o+this.anchorRect.height,this.verticalViewportLock&&this.anchorRect.bottom>this.viewportRect.bottom&&(this.translateY=this.translateY-(this.anchorRect.bottom-this.viewportRect.bottom));break;case"insetEnd":this.translateY=this.baseVerticalOffset,this.verticalViewportLock&&this.anchorRect.top<this.viewportRect.top&&(this.translateY=this.translateY-(this.anchorRect.top-this.viewportRect.top));break;case"end":this.translateY=this.baseVerticalOffset+this.anchorRect.height,this.verticalViewportLock&&this.anchorRect.bottom<this.viewportRect.top&&(this.translateY=this.translateY-(this.anchorRect.bottom-this.viewportRect.top));break;case"center":if(r=(this.anchorRect.height-o)/2,this.translateY=this.baseVerticalOffset+r,this.verticalViewportLock){let s=this.anchorRect.top+r,n=this.anchorRect.bottom-r;s<this.viewportRect.top&&!(n>this.viewportRect.bottom)?this.translateY=this.translateY-(s-this.viewportRect.top):n>this.viewportRect.bottom&&!(s<this.viewportRect.top)&&(this.translateY=this.translateY-(n-this.viewportRect.bottom))}}this.verticalPosition=e},this.getPositioningOptions=e=>e?["insetStart","insetEnd"]:["start","end"],this.getAvailableSpace=(e,t,o,r,s,n)=>{let a=t-s,l=n-(t+r);switch(e){case"start":return a;case"insetStart":return a+r;case"insetEnd":return l+r;case"end":return l;case"center":return Math.min(a,l)*2+r}},this.getNextRegionDimension=(e,t)=>{let o={height:this.regionRect!==void 0?this.regionRect.height:0,width:this.regionRect!==void 0?this.regionRect.width:0};return e!==void 0&&this.horizontalScaling==="fill"?o.width=this.getAvailableSpace(e,this.anchorRect!==void 0?this.anchorRect.left:0,this.anchorRect!==void 0?this.anchorRect.right:0,this.anchorRect!==void 0?this.anchorRect.width:0,this.viewportRect!==void 0?this.viewportRect.left:0,this.viewportRect!==void 0?this.viewportRect.right:0):this.horizontalScaling==="anchor"&&(o.width=this.anchorRect!==void 0?this.anchorRect.width:0),t!==void 0&&this.verticalScaling==="fill"?o.height=this.getAvailableSpace(t,this.anchorRect!==void 0?this.anchorRect.top:0,this.anchorRect!==void 0?this.anchorRect.bottom:0,this.anchorRect!==void 0?this.anchorRect.height:0,this.viewportRect!==void 0?this.viewportRect.top:0,this.viewportRect!==void 0?this.viewportRect.bottom:0):this.verticalScaling==="anchor"&&(o.height=this.anchorRect!==void 0?this.anchorRect.height:0),o},this.startAutoUpdateEventListeners=()=>{window.addEventListener(Hp,this.update,{passive:!0}),window.addEventListener(Vp,this.update,{passive:!0,capture:!0}),this.resizeDetector!==null&&this.viewportElement!==null&&this.resizeDetector.observe(this.viewportElement)},this.stopAutoUpdateEventListeners=()=>{window.removeEventListener(Hp,this.update),window.removeEventListener(Vp,this.update),this.resizeDetector!==null&&this.viewportElement!==null&&this.resizeDetector.unobserve(this.viewportElement)}}anchorChanged(){this.initialLayoutComplete&&(this.anchorElement=this.getAnchor())}viewportChanged(){this.initialLayoutComplete&&(this.viewportElement=this.getViewport())}horizontalPositioningModeChanged(){this.requestReset()}horizontalDefaultPositionChanged(){this.updateForAttributeChange()}horizontalViewportLockChanged(){this.updateForAttributeChange()}horizontalInsetChanged(){this.updateForAttributeChange()}horizontalThresholdChanged(){this.updateForAttributeChange()}horizontalScalingChanged(){this.updateForAttributeChange()}verticalPositioningModeChanged(){this.requestReset()}verticalDefaultPositionChanged(){this.updateForAttributeChange()}verticalViewportLockChanged(){this.updateForAttributeChange()}verticalInsetChanged(){this.updateForAttributeChange()}verticalThresholdChanged(){this.updateForAttributeChange()}verticalScalingChanged(){this.updateForAttributeChange()}fixedPlacementChanged(){this.$fastController.isConnected&&this.initialLayoutComplete&&this.initialize()}autoUpdateModeChanged(e,t){this.$fastController.isConnected&&this.initialLayoutComplete&&(e==="auto"&&this.stopAutoUpdateEventListeners(),t==="auto"&&this.startAutoUpdateEventListeners())}anchorElementChanged(){this.requestReset()}viewportElementChanged(){this.$fastController.isConnected&&this.initialLayoutComplete&&this.initialize()}connectedCallback(){super.connectedCallback(),this.autoUpdateMode==="auto"&&this.startAutoUpdateEventListeners(),this.initialize()}disconnectedCallback(){super.disconnectedCallback(),this.autoUpdateMode==="auto"&&this.stopAutoUpdateEventListeners(),this.stopObservers(),this.disconnectResizeDetector()}adoptedCallback(){this.initialize()}disconnectResizeDetector(){this.resizeDetector!==null&&(this.resizeDetector.disconnect(),this.resizeDetector=null)}initializeResizeDetector(){this.disconnectResizeDetector(),this.resizeDetector=new window.ResizeObserver(this.handleResize)}updateForAttributeChange(){this.$fastController.isConnected&&this.initialLayoutComplete&&(this.forceUpdate=!0,this.update())}initialize(){this.initializeResizeDetector(),this.anchorElement===null&&(this.anchorElement=this.getAnchor()),this.requestReset()}requestReset(){this.$fastController.isConnected&&this.pendingReset===!1&&(this.setInitialState(),I.queueUpdate(()=>this.reset()),this.pendingReset=!0)}setInitialState(){this.initialLayoutComplete=!1,this.regionVisible=!1,this.translateX=0,this.translateY=0,this.baseHorizontalOffset=0,this.baseVerticalOffset=0,this.viewportRect=void 0,this.regionRect=void 0,this.anchorRect=void 0,this.verticalPosition=void 0,this.horizontalPosition=void 0,this.style.opacity="0",this.style.pointerEvents="none",this.forceUpdate=!1,this.style.position=this.fixedPlacement?"fixed":"absolute",this.updatePositionClasses(),this.updateRegionStyle()}};K.intersectionService=new Uc;p([f],K.prototype,"anchor",void 0);p([f],K.prototype,"viewport",void 0);p([f({attribute:"horizontal-positioning-mode"})],K.prototype,"horizontalPositioningMode",void 0);p([f({attribute:"horizontal-default-position"})],K.prototype,"horizontalDefaultPosition",void 0);p([f({attribute:"horizontal-viewport-lock",mode:"boolean"})],K.prototype,"horizontalViewportLock",void 0);p([f({attribute:"horizontal-inset",mode:"boolean"})],K.prototype,"horizontalInset",void 0);p([f({attribute:"horizontal-threshold"})],K.prototype,"horizontalThreshold",void 0);p([f({attribute:"horizontal-scaling"})],K.prototype,"horizontalScaling",void 0);p([f({attribute:"vertical-positioning-mode"})],K.prototype,"verticalPositioningMode",void 0);p([f({attribute:"vertical-default-position"})],K.prototype,"verticalDefaultPosition",void 0);p([f({attribute:"vertical-viewport-lock",mode:"boolean"})],K.prototype,"verticalViewportLock",void 0);p([f({attribute:"vertical-inset",mode:"boolean"})],K.prototype,"verticalInset",void 0);p([f({attribute:"vertical-threshold"})],K.prototype,"verticalThreshold",void 0);p([f({attribute:"vertical-scaling"})],K.prototype,"verticalScaling",void 0);p([f({attribute:"fixed-placement",mode:"boolean"})],K.prototype,"fixedPlacement",void 0);p([f({attribute:"auto-update-mode"})],K.prototype,"autoUpdateMode",void 0);p([b],K.prototype,"anchorElement",void 0);p([b],K.prototype,"viewportElement",void 0);p([b],K.prototype,"initialLayoutComplete",void 0)});var Up,jp,qp,Gp,Tb,Wp,Ib,Lb=d(()=>{Up={horizontalDefaultPosition:"center",horizontalPositioningMode:"locktodefault",horizontalInset:!1,horizontalScaling:"anchor"},jp=Object.assign(Object.assign({},Up),{verticalDefaultPosition:"top",verticalPositioningMode:"locktodefault",verticalInset:!1,verticalScaling:"content"}),qp=Object.assign(Object.assign({},Up),{verticalDefaultPosition:"bottom",verticalPositioningMode:"locktodefault",verticalInset:!1,verticalScaling:"content"}),Gp=Object.assign(Object.assign({},Up),{verticalPositioningMode:"dynamic",verticalInset:!1,verticalScaling:"content"}),Tb=Object.assign(Object.assign({},jp),{verticalScaling:"fill"}),Wp=Object.assign(Object.assign({},qp),{verticalScaling:"fill"}),Ib=Object.assign(Object.assign({},Gp),{verticalScaling:"fill"})});var Zp=d(()=>{Rb();jc();Lb()});var Db=d(()=>{});var Ks,Eb=d(()=>{Y();x();oe();Ks=class extends R{connectedCallback(){super.connectedCallback(),this.shape||(this.shape="circle")}};p([f],Ks.prototype,"fill",void 0);p([f],Ks.prototype,"color",void 0);p([f],Ks.prototype,"link",void 0);p([f],Ks.prototype,"shape",void 0)});var Ab=d(()=>{Db();Eb()});var Pb,Ob=d(()=>{x();Pb=(i,e)=>C`
    <template class="${t=>t.circular?"circular":""}">
        <div class="control" part="control" style="${t=>t.generateBadgeStyle()}">
            <slot></slot>
        </div>
    </template>
`});var pr,Mb=d(()=>{Y();x();oe();pr=class extends R{constructor(){super(...arguments),this.generateBadgeStyle=()=>{if(!this.fill&&!this.color)return;let e=`background-color: var(--badge-fill-${this.fill});`,t=`color: var(--badge-color-${this.color});`;return this.fill&&!this.color?e:this.color&&!this.fill?t:`${t} ${e}`}}};p([f({attribute:"fill"})],pr.prototype,"fill",void 0);p([f({attribute:"color"})],pr.prototype,"color",void 0);p([f({mode:"boolean"})],pr.prototype,"circular",void 0)});var Hb=d(()=>{Ob();Mb()});var Vb,Bb=d(()=>{x();zp();Ue();Vb=(i,e)=>C`
    <div role="listitem" class="listitem" part="listitem">
        ${ue(t=>t.href&&t.href.length>0,C`
                ${Nc(i,e)}
            `)}
        ${ue(t=>!t.href,C`
                ${Re(i,e)}
                <slot></slot>
                ${_e(i,e)}
            `)}
        ${ue(t=>t.separator,C`
                <span class="separator" part="separator" aria-hidden="true">
                    <slot name="separator">${e.separator||""}</slot>
                </span>
            `)}
    </div>
`});var Lo,Qp=d(()=>{Y();x();Np();os();$t();Lo=class extends At{constructor(){super(...arguments),this.separator=!0}};p([b],Lo.prototype,"separator",void 0);ae(Lo,ke,rs)});var zb=d(()=>{Bb();Qp()});var Nb,Ub=d(()=>{x();Nb=(i,e)=>C`
    <template role="navigation">
        <div role="list" class="list" part="list">
            <slot
                ${ie({property:"slottedBreadcrumbItems",filter:Ct()})}
            ></slot>
        </div>
    </template>
`});var wa,jb=d(()=>{Y();x();Qp();oe();wa=class extends R{slottedBreadcrumbItemsChanged(){if(this.$fastController.isConnected){if(this.slottedBreadcrumbItems===void 0||this.slottedBreadcrumbItems.length===0)return;let e=this.slottedBreadcrumbItems[this.slottedBreadcrumbItems.length-1];this.slottedBreadcrumbItems.forEach(t=>{let o=t===e;this.setItemSeparator(t,o),this.setAriaCurrent(t,o)})}}setItemSeparator(e,t){e instanceof Lo&&(e.separator=!t)}findChildWithHref(e){var t,o;return e.childElementCount>0?e.querySelector("a[href]"):!((t=e.shadowRoot)===null||t===void 0)&&t.childElementCount?(o=e.shadowRoot)===null||o===void 0?void 0:o.querySelector("a[href]"):null}setAriaCurrent(e,t){let o=this.findChildWithHref(e);o===null&&e.hasAttribute("href")&&e instanceof Lo?t?e.setAttribute("aria-current","page"):e.removeAttribute("aria-current"):o!==null&&(t?o.setAttribute("aria-current","page"):o.removeAttribute("aria-current"))}};p([b],wa.prototype,"slottedBreadcrumbItems",void 0)});var qb=d(()=>{Ub();jb()});var Gb,Wb=d(()=>{x();Ue();Gb=(i,e)=>C`
    <button
        class="control"
        part="control"
        ?autofocus="${t=>t.autofocus}"
        ?disabled="${t=>t.disabled}"
        form="${t=>t.formId}"
        formaction="${t=>t.formaction}"
        formenctype="${t=>t.formenctype}"
        formmethod="${t=>t.formmethod}"
        formnovalidate="${t=>t.formnovalidate}"
        formtarget="${t=>t.formtarget}"
        name="${t=>t.name}"
        type="${t=>t.type}"
        value="${t=>t.value}"
        aria-atomic="${t=>t.ariaAtomic}"
        aria-busy="${t=>t.ariaBusy}"
        aria-controls="${t=>t.ariaControls}"
        aria-current="${t=>t.ariaCurrent}"
        aria-describedby="${t=>t.ariaDescribedby}"
        aria-details="${t=>t.ariaDetails}"
        aria-disabled="${t=>t.ariaDisabled}"
        aria-errormessage="${t=>t.ariaErrormessage}"
        aria-expanded="${t=>t.ariaExpanded}"
        aria-flowto="${t=>t.ariaFlowto}"
        aria-haspopup="${t=>t.ariaHaspopup}"
        aria-hidden="${t=>t.ariaHidden}"
        aria-invalid="${t=>t.ariaInvalid}"
        aria-keyshortcuts="${t=>t.ariaKeyshortcuts}"
        aria-label="${t=>t.ariaLabel}"
        aria-labelledby="${t=>t.ariaLabelledby}"
        aria-live="${t=>t.ariaLive}"
        aria-owns="${t=>t.ariaOwns}"
        aria-pressed="${t=>t.ariaPressed}"
        aria-relevant="${t=>t.ariaRelevant}"
        aria-roledescription="${t=>t.ariaRoledescription}"
        ${X("control")}
    >
        ${Re(i,e)}
        <span class="content" part="content">
            <slot ${ie("defaultSlottedContent")}></slot>
        </span>
        ${_e(i,e)}
    </button>
`});function gt(i){let e=class extends i{constructor(...t){super(...t),this.dirtyValue=!1,this.disabled=!1,this.proxyEventsToBlock=["change","click"],this.proxyInitialized=!1,this.required=!1,this.initialValue=this.initialValue||"",this.elementInternals||(this.formResetCallback=this.formResetCallback.bind(this))}static get formAssociated(){return Xb}get validity(){return this.elementInternals?this.elementInternals.validity:this.proxy.validity}get form(){return this.elementInternals?this.elementInternals.form:this.proxy.form}get validationMessage(){return this.elementInternals?this.elementInternals.validationMessage:this.proxy.validationMessage}get willValidate(){return this.elementInternals?this.elementInternals.willValidate:this.proxy.willValidate}get labels(){if(this.elementInternals)return Object.freeze(Array.from(this.elementInternals.labels));if(this.proxy instanceof HTMLElement&&this.proxy.ownerDocument&&this.id){let t=this.proxy.labels,o=Array.from(this.proxy.getRootNode().querySelectorAll(`[for='${this.id}']`)),r=t?o.concat(Array.from(t)):o;return Object.freeze(r)}else return wi}valueChanged(t,o){this.dirtyValue=!0,this.proxy instanceof HTMLElement&&(this.proxy.value=this.value),this.currentValue=this.value,this.setFormValue(this.value),this.validate()}currentValueChanged(){this.value=this.currentValue}initialValueChanged(t,o){this.dirtyValue||(this.value=this.initialValue,this.dirtyValue=!1)}disabledChanged(t,o){this.proxy instanceof HTMLElement&&(this.proxy.disabled=this.disabled),I.queueUpdate(()=>this.classList.toggle("disabled",this.disabled))}nameChanged(t,o){this.proxy instanceof HTMLElement&&(this.proxy.name=this.name)}requiredChanged(t,o){this.proxy instanceof HTMLElement&&(this.proxy.required=this.required),I.queueUpdate(()=>this.classList.toggle("required",this.required)),this.validate()}get elementInternals(){if(!Xb)return null;let t=Yb.get(this);return t||(t=this.attachInternals(),Yb.set(this,t)),t}connectedCallback(){super.connectedCallback(),this.addEventListener("keypress",this._keypressHandler),this.value||(this.value=this.initialValue,this.dirtyValue=!1),this.elementInternals||(this.attachProxy(),this.form&&this.form.addEventListener("reset",this.formResetCallback))}disconnectedCallback(){super.disconnectedCallback(),this.proxyEventsToBlock.forEach(t=>this.proxy.removeEventListener(t,this.stopPropagation)),!this.elementInternals&&this.form&&this.form.removeEventListener("reset",this.formResetCallback)}checkValidity(){return this.elementInternals?this.elementInternals.checkValidity():this.proxy.checkValidity()}reportValidity(){return this.elementInternals?this.elementInternals.reportValidity():this.proxy.reportValidity()}setValidity(t,o,r){this.elementInternals?this.elementInternals.setValidity(t,o,r):typeof o=="string"&&this.proxy.setCustomValidity(o)}formDisabledCallback(t){this.disabled=t}formResetCallback(){this.value=this.initialValue,this.dirtyValue=!1}attachProxy(){var t;this.proxyInitialized||(this.proxyInitialized=!0,this.proxy.style.display="none",this.proxyEventsToBlock.forEach(o=>this.proxy.addEventListener(o,this.stopPropagation)),this.proxy.disabled=this.disabled,this.proxy.required=this.required,typeof this.name=="string"&&(this.proxy.name=this.name),typeof this.value=="string"&&(this.proxy.value=this.value),this.proxy.setAttribute("slot",Zb),this.proxySlot=document.createElement("slot"),this.proxySlot.setAttribute("name",Zb)),(t=this.shadowRoot)===null||t===void 0||t.appendChild(this.proxySlot),this.appendChild(this.proxy)}detachProxy(){var t;this.removeChild(this.proxy),(t=this.shadowRoot)===null||t===void 0||t.removeChild(this.proxySlot)}validate(t){this.proxy instanceof HTMLElement&&this.setValidity(this.proxy.validity,this.proxy.validationMessage,t)}setFormValue(t,o){this.elementInternals&&this.elementInternals.setFormValue(t,o||t)}_keypressHandler(t){switch(t.key){case it:if(this.form instanceof HTMLFormElement){let o=this.form.querySelector("[type=submit]");o?.click()}break}}stopPropagation(t){t.stopPropagation()}};return f({mode:"boolean"})(e.prototype,"disabled"),f({mode:"fromView",attribute:"value"})(e.prototype,"initialValue"),f({attribute:"current-value"})(e.prototype,"currentValue"),f(e.prototype,"name"),f({mode:"boolean"})(e.prototype,"required"),b(e.prototype,"value"),e}function en(i){class e extends gt(i){}class t extends e{constructor(...r){super(r),this.dirtyChecked=!1,this.checkedAttribute=!1,this.checked=!1,this.dirtyChecked=!1}checkedAttributeChanged(){this.defaultChecked=this.checkedAttribute}defaultCheckedChanged(){this.dirtyChecked||(this.checked=this.defaultChecked,this.dirtyChecked=!1)}checkedChanged(r,s){this.dirtyChecked||(this.dirtyChecked=!0),this.currentChecked=this.checked,this.updateForm(),this.proxy instanceof HTMLInputElement&&(this.proxy.checked=this.checked),r!==void 0&&this.$emit("change"),this.validate()}currentCheckedChanged(r,s){this.checked=this.currentChecked}updateForm(){let r=this.checked?this.value:null;this.setFormValue(r,r)}connectedCallback(){super.connectedCallback(),this.updateForm()}formResetCallback(){super.formResetCallback(),this.checked=!!this.checkedAttribute,this.dirtyChecked=!1}}return f({attribute:"checked",mode:"boolean"})(t.prototype,"checkedAttribute"),f({attribute:"current-checked",converter:es})(t.prototype,"currentChecked"),b(t.prototype,"defaultChecked"),b(t.prototype,"checked"),t}var Zb,Qb,Xb,Yb,ci=d(()=>{x();N();Zb="form-associated-proxy",Qb="ElementInternals",Xb=Qb in window&&"setFormValue"in window[Qb].prototype,Yb=new WeakMap});var Xp,qc,Jb=d(()=>{ci();oe();Xp=class extends R{},qc=class extends gt(Xp){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var Pt,tn,Kb=d(()=>{Y();x();os();$t();Jb();Pt=class extends qc{constructor(){super(...arguments),this.handleClick=e=>{var t;this.disabled&&((t=this.defaultSlottedContent)===null||t===void 0?void 0:t.length)<=1&&e.stopPropagation()},this.handleSubmission=()=>{if(!this.form)return;let e=this.proxy.isConnected;e||this.attachProxy(),typeof this.form.requestSubmit=="function"?this.form.requestSubmit(this.proxy):this.proxy.click(),e||this.detachProxy()},this.handleFormReset=()=>{var e;(e=this.form)===null||e===void 0||e.reset()},this.handleUnsupportedDelegatesFocus=()=>{var e;window.ShadowRoot&&!window.ShadowRoot.prototype.hasOwnProperty("delegatesFocus")&&(!((e=this.$fastController.definition.shadowOptions)===null||e===void 0)&&e.delegatesFocus)&&(this.focus=()=>{this.control.focus()})}}formactionChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.formAction=this.formaction)}formenctypeChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.formEnctype=this.formenctype)}formmethodChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.formMethod=this.formmethod)}formnovalidateChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.formNoValidate=this.formnovalidate)}formtargetChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.formTarget=this.formtarget)}typeChanged(e,t){this.proxy instanceof HTMLInputElement&&(this.proxy.type=this.type),t==="submit"&&this.addEventListener("click",this.handleSubmission),e==="submit"&&this.removeEventListener("click",this.handleSubmission),t==="reset"&&this.addEventListener("click",this.handleFormReset),e==="reset"&&this.removeEventListener("click",this.handleFormReset)}validate(){super.validate(this.control)}connectedCallback(){var e;super.connectedCallback(),this.proxy.setAttribute("type",this.type),this.handleUnsupportedDelegatesFocus();let t=Array.from((e=this.control)===null||e===void 0?void 0:e.children);t&&t.forEach(o=>{o.addEventListener("click",this.handleClick)})}disconnectedCallback(){var e;super.disconnectedCallback();let t=Array.from((e=this.control)===null||e===void 0?void 0:e.children);t&&t.forEach(o=>{o.removeEventListener("click",this.handleClick)})}};p([f({mode:"boolean"})],Pt.prototype,"autofocus",void 0);p([f({attribute:"form"})],Pt.prototype,"formId",void 0);p([f],Pt.prototype,"formaction",void 0);p([f],Pt.prototype,"formenctype",void 0);p([f],Pt.prototype,"formmethod",void 0);p([f({mode:"boolean"})],Pt.prototype,"formnovalidate",void 0);p([f],Pt.prototype,"formtarget",void 0);p([f],Pt.prototype,"type",void 0);p([b],Pt.prototype,"defaultSlottedContent",void 0);tn=class{};p([f({attribute:"aria-expanded"})],tn.prototype,"ariaExpanded",void 0);p([f({attribute:"aria-pressed"})],tn.prototype,"ariaPressed",void 0);ae(tn,ge);ae(Pt,ke,tn)});var ey=d(()=>{Wb();Kb()});var Gc,Yp=d(()=>{Gc=class{constructor(e){if(this.dayFormat="numeric",this.weekdayFormat="long",this.monthFormat="long",this.yearFormat="numeric",this.date=new Date,e)for(let t in e){let o=e[t];t==="date"?this.date=this.getDateObject(o):this[t]=o}}getDateObject(e){if(typeof e=="string"){let t=e.split(/[/-]/);return t.length<3?new Date:new Date(parseInt(t[2],10),parseInt(t[0],10)-1,parseInt(t[1],10))}else if("day"in e&&"month"in e&&"year"in e){let{day:t,month:o,year:r}=e;return new Date(r,o-1,t)}return e}getDate(e=this.date,t={weekday:this.weekdayFormat,month:this.monthFormat,day:this.dayFormat,year:this.yearFormat},o=this.locale){let r=this.getDateObject(e);if(!r.getTime())return"";let s=Object.assign({timeZone:Intl.DateTimeFormat().resolvedOptions().timeZone},t);return new Intl.DateTimeFormat(o,s).format(r)}getDay(e=this.date.getDate(),t=this.dayFormat,o=this.locale){return this.getDate({month:1,day:e,year:2020},{day:t},o)}getMonth(e=this.date.getMonth()+1,t=this.monthFormat,o=this.locale){return this.getDate({month:e,day:2,year:2020},{month:t},o)}getYear(e=this.date.getFullYear(),t=this.yearFormat,o=this.locale){return this.getDate({month:2,day:2,year:e},{year:t},o)}getWeekday(e=0,t=this.weekdayFormat,o=this.locale){let r=`1-${e+1}-2017`;return this.getDate(r,{weekday:t},o)}getWeekdays(e=this.weekdayFormat,t=this.locale){return Array(7).fill(null).map((o,r)=>this.getWeekday(r,e,t))}}});var yi,ty=d(()=>{Y();x();N();oe();Yp();yi=class extends R{constructor(){super(...arguments),this.dateFormatter=new Gc,this.readonly=!1,this.locale="en-US",this.month=new Date().getMonth()+1,this.year=new Date().getFullYear(),this.dayFormat="numeric",this.weekdayFormat="short",this.monthFormat="long",this.yearFormat="numeric",this.minWeeks=0,this.disabledDates="",this.selectedDates="",this.oneDayInMs=864e5}localeChanged(){this.dateFormatter.locale=this.locale}dayFormatChanged(){this.dateFormatter.dayFormat=this.dayFormat}weekdayFormatChanged(){this.dateFormatter.weekdayFormat=this.weekdayFormat}monthFormatChanged(){this.dateFormatter.monthFormat=this.monthFormat}yearFormatChanged(){this.dateFormatter.yearFormat=this.yearFormat}getMonthInfo(e=this.month,t=this.year){let o=l=>new Date(l.getFullYear(),l.getMonth(),1).getDay(),r=l=>{let c=new Date(l.getFullYear(),l.getMonth()+1,1);return new Date(c.getTime()-this.oneDayInMs).getDate()},s=new Date(t,e-1),n=new Date(t,e),a=new Date(t,e-2);return{length:r(s),month:e,start:o(s),year:t,previous:{length:r(a),month:a.getMonth()+1,start:o(a),year:a.getFullYear()},next:{length:r(n),month:n.getMonth()+1,start:o(n),year:n.getFullYear()}}}getDays(e=this.getMonthInfo(),t=this.minWeeks){t=t>10?10:t;let{start:o,length:r,previous:s,next:n}=e,a=[],l=1-o;for(;l<r+1||a.length<t||a[a.length-1].length%7!==0;){let{month:c,year:h}=l<1?s:l>r?n:e,u=l<1?s.length+l:l>r?l-r:l,v=`${c}-${u}-${h}`,y=this.dateInString(v,this.disabledDates),S=this.dateInString(v,this.selectedDates),O={day:u,month:c,year:h,disabled:y,selected:S},j=a[a.length-1];a.length===0||j.length%7===0?a.push([O]):j.push(O),l++}return a}dateInString(e,t){let o=t.split(",").map(r=>r.trim());return e=typeof e=="string"?e:`${e.getMonth()+1}-${e.getDate()}-${e.getFullYear()}`,o.some(r=>r===e)}getDayClassNames(e,t){let{day:o,month:r,year:s,disabled:n,selected:a}=e,l=t===`${r}-${o}-${s}`,c=this.month!==r;return["day",l&&"today",c&&"inactive",n&&"disabled",a&&"selected"].filter(Boolean).join(" ")}getWeekdayText(){let e=this.dateFormatter.getWeekdays().map(t=>({text:t}));if(this.weekdayFormat!=="long"){let t=this.dateFormatter.getWeekdays("long");e.forEach((o,r)=>{o.abbr=t[r]})}return e}handleDateSelect(e,t){e.preventDefault,this.$emit("dateselected",t)}handleKeydown(e,t){return e.key===it&&this.handleDateSelect(e,t),!0}};p([f({mode:"boolean"})],yi.prototype,"readonly",void 0);p([f],yi.prototype,"locale",void 0);p([f({converter:P})],yi.prototype,"month",void 0);p([f({converter:P})],yi.prototype,"year",void 0);p([f({attribute:"day-format",mode:"fromView"})],yi.prototype,"dayFormat",void 0);p([f({attribute:"weekday-format",mode:"fromView"})],yi.prototype,"weekdayFormat",void 0);p([f({attribute:"month-format",mode:"fromView"})],yi.prototype,"monthFormat",void 0);p([f({attribute:"year-format",mode:"fromView"})],yi.prototype,"yearFormat",void 0);p([f({attribute:"min-weeks",converter:P})],yi.prototype,"minWeeks",void 0);p([f({attribute:"disabled-dates"})],yi.prototype,"disabledDates",void 0);p([f({attribute:"selected-dates"})],yi.prototype,"selectedDates",void 0)});var Ca,Do,ss,Wc=d(()=>{Ca={none:"none",default:"default",sticky:"sticky"},Do={default:"default",columnHeader:"columnheader",rowHeader:"rowheader"},ss={default:"default",header:"header",stickyHeader:"sticky-header"}});var vt,Jp=d(()=>{Y();x();N();oe();Wc();vt=class extends R{constructor(){super(...arguments),this.rowType=ss.default,this.rowData=null,this.columnDefinitions=null,this.isActiveRow=!1,this.cellsRepeatBehavior=null,this.cellsPlaceholder=null,this.focusColumnIndex=0,this.refocusOnLoad=!1,this.updateRowStyle=()=>{this.style.gridTemplateColumns=this.gridTemplateColumns}}gridTemplateColumnsChanged(){this.$fastController.isConnected&&this.updateRowStyle()}rowTypeChanged(){this.$fastController.isConnected&&this.updateItemTemplate()}rowDataChanged(){if(this.rowData!==null&&this.isActiveRow){this.refocusOnLoad=!0;return}}cellItemTemplateChanged(){this.updateItemTemplate()}headerCellItemTemplateChanged(){this.updateItemTemplate()}connectedCallback(){super.connectedCallback(),this.cellsRepeatBehavior===null&&(this.cellsPlaceholder=document.createComment(""),this.appendChild(this.cellsPlaceholder),this.updateItemTemplate(),this.cellsRepeatBehavior=new Fo(e=>e.columnDefinitions,e=>e.activeCellItemTemplate,{positioning:!0}).createBehavior(this.cellsPlaceholder),this.$fastController.addBehaviors([this.cellsRepeatBehavior])),this.addEventListener("cell-focused",this.handleCellFocus),this.addEventListener(To,this.handleFocusout),this.addEventListener(Io,this.handleKeydown),this.updateRowStyle(),this.refocusOnLoad&&(this.refocusOnLoad=!1,this.cellElements.length>this.focusColumnIndex&&this.cellElements[this.focusColumnIndex].focus())}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener("cell-focused",this.handleCellFocus),this.removeEventListener(To,this.handleFocusout),this.removeEventListener(Io,this.handleKeydown)}handleFocusout(e){this.contains(e.target)||(this.isActiveRow=!1,this.focusColumnIndex=0)}handleCellFocus(e){this.isActiveRow=!0,this.focusColumnIndex=this.cellElements.indexOf(e.target),this.$emit("row-focused",this)}handleKeydown(e){if(e.defaultPrevented)return;let t=0;switch(e.key){case Ut:t=Math.max(0,this.focusColumnIndex-1),this.cellElements[t].focus(),e.preventDefault();break;case jt:t=Math.min(this.cellElements.length-1,this.focusColumnIndex+1),this.cellElements[t].focus(),e.preventDefault();break;case ut:e.ctrlKey||(this.cellElements[0].focus(),e.preventDefault());break;case pt:e.ctrlKey||(this.cellElements[this.cellElements.length-1].focus(),e.preventDefault());break}}updateItemTemplate(){this.activeCellItemTemplate=this.rowType===ss.default&&this.cellItemTemplate!==void 0?this.cellItemTemplate:this.rowType===ss.default&&this.cellItemTemplate===void 0?this.defaultCellItemTemplate:this.headerCellItemTemplate!==void 0?this.headerCellItemTemplate:this.defaultHeaderCellItemTemplate}};p([f({attribute:"grid-template-columns"})],vt.prototype,"gridTemplateColumns",void 0);p([f({attribute:"row-type"})],vt.prototype,"rowType",void 0);p([b],vt.prototype,"rowData",void 0);p([b],vt.prototype,"columnDefinitions",void 0);p([b],vt.prototype,"cellItemTemplate",void 0);p([b],vt.prototype,"headerCellItemTemplate",void 0);p([b],vt.prototype,"rowIndex",void 0);p([b],vt.prototype,"isActiveRow",void 0);p([b],vt.prototype,"activeCellItemTemplate",void 0);p([b],vt.prototype,"defaultCellItemTemplate",void 0);p([b],vt.prototype,"defaultHeaderCellItemTemplate",void 0);p([b],vt.prototype,"cellElements",void 0)});function dS(i){let e=i.tagFor(vt);return C`
    <${e}
        :rowData="${t=>t}"
        :cellItemTemplate="${(t,o)=>o.parent.cellItemTemplate}"
        :headerCellItemTemplate="${(t,o)=>o.parent.headerCellItemTemplate}"
    ></${e}>
`}var iy,oy=d(()=>{x();Jp();iy=(i,e)=>{let t=dS(i),o=i.tagFor(vt);return C`
        <template
            role="grid"
            tabindex="0"
            :rowElementTag="${()=>o}"
            :defaultRowItemTemplate="${t}"
            ${lr({property:"rowElements",filter:Ct("[role=row]")})}
        >
            <slot></slot>
        </template>
    `}});var St,ry=d(()=>{Y();x();N();oe();Wc();St=class i extends R{constructor(){super(),this.noTabbing=!1,this.generateHeader=Ca.default,this.rowsData=[],this.columnDefinitions=null,this.focusRowIndex=0,this.focusColumnIndex=0,this.rowsPlaceholder=null,this.generatedHeader=null,this.isUpdatingFocus=!1,this.pendingFocusUpdate=!1,this.rowindexUpdateQueued=!1,this.columnDefinitionsStale=!0,this.generatedGridTemplateColumns="",this.focusOnCell=(e,t,o)=>{if(this.rowElements.length===0){this.focusRowIndex=0,this.focusColumnIndex=0;return}let r=Math.max(0,Math.min(this.rowElements.length-1,e)),n=this.rowElements[r].querySelectorAll('[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]'),a=Math.max(0,Math.min(n.length-1,t)),l=n[a];o&&this.scrollHeight!==this.clientHeight&&(r<this.focusRowIndex&&this.scrollTop>0||r>this.focusRowIndex&&this.scrollTop<this.scrollHeight-this.clientHeight)&&l.scrollIntoView({block:"center",inline:"center"}),l.focus()},this.onChildListChange=(e,t)=>{e&&e.length&&(e.forEach(o=>{o.addedNodes.forEach(r=>{r.nodeType===1&&r.getAttribute("role")==="row"&&(r.columnDefinitions=this.columnDefinitions)})}),this.queueRowIndexUpdate())},this.queueRowIndexUpdate=()=>{this.rowindexUpdateQueued||(this.rowindexUpdateQueued=!0,I.queueUpdate(this.updateRowIndexes))},this.updateRowIndexes=()=>{let e=this.gridTemplateColumns;if(e===void 0){if(this.generatedGridTemplateColumns===""&&this.rowElements.length>0){let t=this.rowElements[0];this.generatedGridTemplateColumns=new Array(t.cellElements.length).fill("1fr").join(" ")}e=this.generatedGridTemplateColumns}this.rowElements.forEach((t,o)=>{let r=t;r.rowIndex=o,r.gridTemplateColumns=e,this.columnDefinitionsStale&&(r.columnDefinitions=this.columnDefinitions)}),this.rowindexUpdateQueued=!1,this.columnDefinitionsStale=!1}}static generateTemplateColumns(e){let t="";return e.forEach(o=>{t=`${t}${t===""?"":" "}1fr`}),t}noTabbingChanged(){this.$fastController.isConnected&&(this.noTabbing?this.setAttribute("tabIndex","-1"):this.setAttribute("tabIndex",this.contains(document.activeElement)||this===document.activeElement?"-1":"0"))}generateHeaderChanged(){this.$fastController.isConnected&&this.toggleGeneratedHeader()}gridTemplateColumnsChanged(){this.$fastController.isConnected&&this.updateRowIndexes()}rowsDataChanged(){this.columnDefinitions===null&&this.rowsData.length>0&&(this.columnDefinitions=i.generateColumns(this.rowsData[0])),this.$fastController.isConnected&&this.toggleGeneratedHeader()}columnDefinitionsChanged(){if(this.columnDefinitions===null){this.generatedGridTemplateColumns="";return}this.generatedGridTemplateColumns=i.generateTemplateColumns(this.columnDefinitions),this.$fastController.isConnected&&(this.columnDefinitionsStale=!0,this.queueRowIndexUpdate())}headerCellItemTemplateChanged(){this.$fastController.isConnected&&this.generatedHeader!==null&&(this.generatedHeader.headerCellItemTemplate=this.headerCellItemTemplate)}focusRowIndexChanged(){this.$fastController.isConnected&&this.queueFocusUpdate()}focusColumnIndexChanged(){this.$fastController.isConnected&&this.queueFocusUpdate()}connectedCallback(){super.connectedCallback(),this.rowItemTemplate===void 0&&(this.rowItemTemplate=this.defaultRowItemTemplate),this.rowsPlaceholder=document.createComment(""),this.appendChild(this.rowsPlaceholder),this.toggleGeneratedHeader(),this.rowsRepeatBehavior=new Fo(e=>e.rowsData,e=>e.rowItemTemplate,{positioning:!0}).createBehavior(this.rowsPlaceholder),this.$fastController.addBehaviors([this.rowsRepeatBehavior]),this.addEventListener("row-focused",this.handleRowFocus),this.addEventListener(Op,this.handleFocus),this.addEventListener(Io,this.handleKeydown),this.addEventListener(To,this.handleFocusOut),this.observer=new MutationObserver(this.onChildListChange),this.observer.observe(this,{childList:!0}),this.noTabbing&&this.setAttribute("tabindex","-1"),I.queueUpdate(this.queueRowIndexUpdate)}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener("row-focused",this.handleRowFocus),this.removeEventListener(Op,this.handleFocus),this.removeEventListener(Io,this.handleKeydown),this.removeEventListener(To,this.handleFocusOut),this.observer.disconnect(),this.rowsPlaceholder=null,this.generatedHeader=null}handleRowFocus(e){this.isUpdatingFocus=!0;let t=e.target;this.focusRowIndex=this.rowElements.indexOf(t),this.focusColumnIndex=t.focusColumnIndex,this.setAttribute("tabIndex","-1"),this.isUpdatingFocus=!1}handleFocus(e){this.focusOnCell(this.focusRowIndex,this.focusColumnIndex,!0)}handleFocusOut(e){(e.relatedTarget===null||!this.contains(e.relatedTarget))&&this.setAttribute("tabIndex",this.noTabbing?"-1":"0")}handleKeydown(e){if(e.defaultPrevented)return;let t,o=this.rowElements.length-1,r=this.offsetHeight+this.scrollTop,s=this.rowElements[o];switch(e.key){case qe:e.preventDefault(),this.focusOnCell(this.focusRowIndex-1,this.focusColumnIndex,!0);break;case je:e.preventDefault(),this.focusOnCell(this.focusRowIndex+1,this.focusColumnIndex,!0);break;case ub:if(e.preventDefault(),this.rowElements.length===0){this.focusOnCell(0,0,!1);break}if(this.focusRowIndex===0){this.focusOnCell(0,this.focusColumnIndex,!1);return}for(t=this.focusRowIndex-1,t;t>=0;t--){let n=this.rowElements[t];if(n.offsetTop<this.scrollTop){this.scrollTop=n.offsetTop+n.clientHeight-this.clientHeight;break}}this.focusOnCell(t,this.focusColumnIndex,!1);break;case hb:if(e.preventDefault(),this.rowElements.length===0){this.focusOnCell(0,0,!1);break}if(this.focusRowIndex>=o||s.offsetTop+s.offsetHeight<=r){this.focusOnCell(o,this.focusColumnIndex,!1);return}for(t=this.focusRowIndex+1,t;t<=o;t++){let n=this.rowElements[t];if(n.offsetTop+n.offsetHeight>r){let a=0;this.generateHeader===Ca.sticky&&this.generatedHeader!==null&&(a=this.generatedHeader.clientHeight),this.scrollTop=n.offsetTop-a;break}}this.focusOnCell(t,this.focusColumnIndex,!1);break;case ut:e.ctrlKey&&(e.preventDefault(),this.focusOnCell(0,0,!0));break;case pt:e.ctrlKey&&this.columnDefinitions!==null&&(e.preventDefault(),this.focusOnCell(this.rowElements.length-1,this.columnDefinitions.length-1,!0));break}}queueFocusUpdate(){this.isUpdatingFocus&&(this.contains(document.activeElement)||this===document.activeElement)||this.pendingFocusUpdate===!1&&(this.pendingFocusUpdate=!0,I.queueUpdate(()=>this.updateFocus()))}updateFocus(){this.pendingFocusUpdate=!1,this.focusOnCell(this.focusRowIndex,this.focusColumnIndex,!0)}toggleGeneratedHeader(){if(this.generatedHeader!==null&&(this.removeChild(this.generatedHeader),this.generatedHeader=null),this.generateHeader!==Ca.none&&this.rowsData.length>0){let e=document.createElement(this.rowElementTag);this.generatedHeader=e,this.generatedHeader.columnDefinitions=this.columnDefinitions,this.generatedHeader.gridTemplateColumns=this.gridTemplateColumns,this.generatedHeader.rowType=this.generateHeader===Ca.sticky?ss.stickyHeader:ss.header,(this.firstChild!==null||this.rowsPlaceholder!==null)&&this.insertBefore(e,this.firstChild!==null?this.firstChild:this.rowsPlaceholder);return}}};St.generateColumns=i=>Object.getOwnPropertyNames(i).map((e,t)=>({columnDataKey:e,gridColumn:`${t}`}));p([f({attribute:"no-tabbing",mode:"boolean"})],St.prototype,"noTabbing",void 0);p([f({attribute:"generate-header"})],St.prototype,"generateHeader",void 0);p([f({attribute:"grid-template-columns"})],St.prototype,"gridTemplateColumns",void 0);p([b],St.prototype,"rowsData",void 0);p([b],St.prototype,"columnDefinitions",void 0);p([b],St.prototype,"rowItemTemplate",void 0);p([b],St.prototype,"cellItemTemplate",void 0);p([b],St.prototype,"headerCellItemTemplate",void 0);p([b],St.prototype,"focusRowIndex",void 0);p([b],St.prototype,"focusColumnIndex",void 0);p([b],St.prototype,"defaultRowItemTemplate",void 0);p([b],St.prototype,"rowElementTag",void 0);p([b],St.prototype,"rowElements",void 0)});var hS,uS,Wi,Kp=d(()=>{Y();x();N();oe();Wc();hS=C`
    <template>
        ${i=>i.rowData===null||i.columnDefinition===null||i.columnDefinition.columnDataKey===null?null:i.rowData[i.columnDefinition.columnDataKey]}
    </template>
`,uS=C`
    <template>
        ${i=>i.columnDefinition===null?null:i.columnDefinition.title===void 0?i.columnDefinition.columnDataKey:i.columnDefinition.title}
    </template>
`,Wi=class extends R{constructor(){super(...arguments),this.cellType=Do.default,this.rowData=null,this.columnDefinition=null,this.isActiveCell=!1,this.customCellView=null,this.updateCellStyle=()=>{this.style.gridColumn=this.gridColumn}}cellTypeChanged(){this.$fastController.isConnected&&this.updateCellView()}gridColumnChanged(){this.$fastController.isConnected&&this.updateCellStyle()}columnDefinitionChanged(e,t){this.$fastController.isConnected&&this.updateCellView()}connectedCallback(){var e;super.connectedCallback(),this.addEventListener(Mp,this.handleFocusin),this.addEventListener(To,this.handleFocusout),this.addEventListener(Io,this.handleKeydown),this.style.gridColumn=`${((e=this.columnDefinition)===null||e===void 0?void 0:e.gridColumn)===void 0?0:this.columnDefinition.gridColumn}`,this.updateCellView(),this.updateCellStyle()}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener(Mp,this.handleFocusin),this.removeEventListener(To,this.handleFocusout),this.removeEventListener(Io,this.handleKeydown),this.disconnectCellView()}handleFocusin(e){if(!this.isActiveCell){switch(this.isActiveCell=!0,this.cellType){case Do.columnHeader:if(this.columnDefinition!==null&&this.columnDefinition.headerCellInternalFocusQueue!==!0&&typeof this.columnDefinition.headerCellFocusTargetCallback=="function"){let t=this.columnDefinition.headerCellFocusTargetCallback(this);t!==null&&t.focus()}break;default:if(this.columnDefinition!==null&&this.columnDefinition.cellInternalFocusQueue!==!0&&typeof this.columnDefinition.cellFocusTargetCallback=="function"){let t=this.columnDefinition.cellFocusTargetCallback(this);t!==null&&t.focus()}break}this.$emit("cell-focused",this)}}handleFocusout(e){this!==document.activeElement&&!this.contains(document.activeElement)&&(this.isActiveCell=!1)}handleKeydown(e){if(!(e.defaultPrevented||this.columnDefinition===null||this.cellType===Do.default&&this.columnDefinition.cellInternalFocusQueue!==!0||this.cellType===Do.columnHeader&&this.columnDefinition.headerCellInternalFocusQueue!==!0))switch(e.key){case it:case db:if(this.contains(document.activeElement)&&document.activeElement!==this)return;switch(this.cellType){case Do.columnHeader:if(this.columnDefinition.headerCellFocusTargetCallback!==void 0){let t=this.columnDefinition.headerCellFocusTargetCallback(this);t!==null&&t.focus(),e.preventDefault()}break;default:if(this.columnDefinition.cellFocusTargetCallback!==void 0){let t=this.columnDefinition.cellFocusTargetCallback(this);t!==null&&t.focus(),e.preventDefault()}break}break;case ai:this.contains(document.activeElement)&&document.activeElement!==this&&(this.focus(),e.preventDefault());break}}updateCellView(){if(this.disconnectCellView(),this.columnDefinition!==null)switch(this.cellType){case Do.columnHeader:this.columnDefinition.headerCellTemplate!==void 0?this.customCellView=this.columnDefinition.headerCellTemplate.render(this,this):this.customCellView=uS.render(this,this);break;case void 0:case Do.rowHeader:case Do.default:this.columnDefinition.cellTemplate!==void 0?this.customCellView=this.columnDefinition.cellTemplate.render(this,this):this.customCellView=hS.render(this,this);break}}disconnectCellView(){this.customCellView!==null&&(this.customCellView.dispose(),this.customCellView=null)}};p([f({attribute:"cell-type"})],Wi.prototype,"cellType",void 0);p([f({attribute:"grid-column"})],Wi.prototype,"gridColumn",void 0);p([b],Wi.prototype,"rowData",void 0);p([b],Wi.prototype,"columnDefinition",void 0)});function pS(i){let e=i.tagFor(Wi);return C`
    <${e}
        cell-type="${t=>t.isRowHeader?"rowheader":void 0}"
        grid-column="${(t,o)=>o.index+1}"
        :rowData="${(t,o)=>o.parent.rowData}"
        :columnDefinition="${t=>t}"
    ></${e}>
`}function fS(i){let e=i.tagFor(Wi);return C`
    <${e}
        cell-type="columnheader"
        grid-column="${(t,o)=>o.index+1}"
        :columnDefinition="${t=>t}"
    ></${e}>
`}var sy,ny=d(()=>{x();Kp();sy=(i,e)=>{let t=pS(i),o=fS(i);return C`
        <template
            role="row"
            class="${r=>r.rowType!=="default"?r.rowType:""}"
            :defaultCellItemTemplate="${t}"
            :defaultHeaderCellItemTemplate="${o}"
            ${lr({property:"cellElements",filter:Ct('[role="cell"],[role="gridcell"],[role="columnheader"],[role="rowheader"]')})}
        >
            <slot ${ie("slottedCellElements")}></slot>
        </template>
    `}});var ay,ly=d(()=>{x();ay=(i,e)=>C`
        <template
            tabindex="-1"
            role="${t=>!t.cellType||t.cellType==="default"?"gridcell":t.cellType}"
            class="
            ${t=>t.cellType==="columnheader"?"column-header":t.cellType==="rowheader"?"row-header":""}
            "
        >
            <slot></slot>
        </template>
    `});var cy=d(()=>{oy();ry();ny();Jp();ly();Kp()});var _M,dy=d(()=>{x();_M=C`
    <div
        class="title"
        part="title"
        aria-label="${i=>i.dateFormatter.getDate(`${i.month}-2-${i.year}`,{month:"long",year:"numeric"})}"
    >
        <span part="month">
            ${i=>i.dateFormatter.getMonth(i.month)}
        </span>
        <span part="year">${i=>i.dateFormatter.getYear(i.year)}</span>
    </div>
`});var hy=d(()=>{ty();dy();Yp()});var uy,py=d(()=>{x();uy=(i,e)=>C`
    <slot></slot>
`});var $a,fy=d(()=>{oe();$a=class extends R{}});var my=d(()=>{py();fy()});var gy,vy=d(()=>{x();gy=(i,e)=>C`
    <template
        role="checkbox"
        aria-checked="${t=>t.checked}"
        aria-required="${t=>t.required}"
        aria-disabled="${t=>t.disabled}"
        aria-readonly="${t=>t.readOnly}"
        tabindex="${t=>t.disabled?null:0}"
        @keypress="${(t,o)=>t.keypressHandler(o.event)}"
        @click="${(t,o)=>t.clickHandler(o.event)}"
        class="${t=>t.readOnly?"readonly":""} ${t=>t.checked?"checked":""} ${t=>t.indeterminate?"indeterminate":""}"
    >
        <div part="control" class="control">
            <slot name="checked-indicator">
                ${e.checkedIndicator||""}
            </slot>
            <slot name="indeterminate-indicator">
                ${e.indeterminateIndicator||""}
            </slot>
        </div>
        <label
            part="label"
            class="${t=>t.defaultSlottedNodes&&t.defaultSlottedNodes.length?"label":"label label__hidden"}"
        >
            <slot ${ie("defaultSlottedNodes")}></slot>
        </label>
    </template>
`});var ef,Zc,by=d(()=>{ci();oe();ef=class extends R{},Zc=class extends en(ef){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var ns,yy=d(()=>{Y();x();N();by();ns=class extends Zc{constructor(){super(),this.initialValue="on",this.indeterminate=!1,this.keypressHandler=e=>{this.readOnly||e.key===li&&(this.indeterminate&&(this.indeterminate=!1),this.checked=!this.checked)},this.clickHandler=e=>{!this.disabled&&!this.readOnly&&(this.indeterminate&&(this.indeterminate=!1),this.checked=!this.checked)},this.proxy.setAttribute("type","checkbox")}readOnlyChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.readOnly=this.readOnly)}};p([f({attribute:"readonly",mode:"boolean"})],ns.prototype,"readOnly",void 0);p([b],ns.prototype,"defaultSlottedNodes",void 0);p([b],ns.prototype,"indeterminate",void 0)});var xy=d(()=>{vy();yy()});function tf(i){return ao(i)&&(i.getAttribute("role")==="option"||i instanceof HTMLOptionElement)}var di,fr,of=d(()=>{Y();x();N();oe();xa();Ue();$t();di=class extends R{constructor(e,t,o,r){super(),this.defaultSelected=!1,this.dirtySelected=!1,this.selected=this.defaultSelected,this.dirtyValue=!1,e&&(this.textContent=e),t&&(this.initialValue=t),o&&(this.defaultSelected=o),r&&(this.selected=r),this.proxy=new Option(`${this.textContent}`,this.initialValue,this.defaultSelected,this.selected),this.proxy.disabled=this.disabled}checkedChanged(e,t){if(typeof t=="boolean"){this.ariaChecked=t?"true":"false";return}this.ariaChecked=null}contentChanged(e,t){this.proxy instanceof HTMLOptionElement&&(this.proxy.textContent=this.textContent),this.$emit("contentchange",null,{bubbles:!0})}defaultSelectedChanged(){this.dirtySelected||(this.selected=this.defaultSelected,this.proxy instanceof HTMLOptionElement&&(this.proxy.selected=this.defaultSelected))}disabledChanged(e,t){this.ariaDisabled=this.disabled?"true":"false",this.proxy instanceof HTMLOptionElement&&(this.proxy.disabled=this.disabled)}selectedAttributeChanged(){this.defaultSelected=this.selectedAttribute,this.proxy instanceof HTMLOptionElement&&(this.proxy.defaultSelected=this.defaultSelected)}selectedChanged(){this.ariaSelected=this.selected?"true":"false",this.dirtySelected||(this.dirtySelected=!0),this.proxy instanceof HTMLOptionElement&&(this.proxy.selected=this.selected)}initialValueChanged(e,t){this.dirtyValue||(this.value=this.initialValue,this.dirtyValue=!1)}get label(){var e;return(e=this.value)!==null&&e!==void 0?e:this.text}get text(){var e,t;return(t=(e=this.textContent)===null||e===void 0?void 0:e.replace(/\s+/g," ").trim())!==null&&t!==void 0?t:""}set value(e){let t=`${e??""}`;this._value=t,this.dirtyValue=!0,this.proxy instanceof HTMLOptionElement&&(this.proxy.value=t),V.notify(this,"value")}get value(){var e;return V.track(this,"value"),(e=this._value)!==null&&e!==void 0?e:this.text}get form(){return this.proxy?this.proxy.form:null}};p([b],di.prototype,"checked",void 0);p([b],di.prototype,"content",void 0);p([b],di.prototype,"defaultSelected",void 0);p([f({mode:"boolean"})],di.prototype,"disabled",void 0);p([f({attribute:"selected",mode:"boolean"})],di.prototype,"selectedAttribute",void 0);p([b],di.prototype,"selected",void 0);p([f({attribute:"value",mode:"fromView"})],di.prototype,"initialValue",void 0);fr=class{};p([b],fr.prototype,"ariaChecked",void 0);p([b],fr.prototype,"ariaPosInSet",void 0);p([b],fr.prototype,"ariaSelected",void 0);p([b],fr.prototype,"ariaSetSize",void 0);ae(fr,ge);ae(di,ke,fr)});var ot,Si,mr=d(()=>{Y();x();N();oe();of();xa();$t();ot=class i extends R{constructor(){super(...arguments),this._options=[],this.selectedIndex=-1,this.selectedOptions=[],this.shouldSkipFocus=!1,this.typeaheadBuffer="",this.typeaheadExpired=!0,this.typeaheadTimeout=-1}get firstSelectedOption(){var e;return(e=this.selectedOptions[0])!==null&&e!==void 0?e:null}get hasSelectableOptions(){return this.options.length>0&&!this.options.every(e=>e.disabled)}get length(){var e,t;return(t=(e=this.options)===null||e===void 0?void 0:e.length)!==null&&t!==void 0?t:0}get options(){return V.track(this,"options"),this._options}set options(e){this._options=e,V.notify(this,"options")}get typeAheadExpired(){return this.typeaheadExpired}set typeAheadExpired(e){this.typeaheadExpired=e}clickHandler(e){let t=e.target.closest("option,[role=option]");if(t&&!t.disabled)return this.selectedIndex=this.options.indexOf(t),!0}focusAndScrollOptionIntoView(e=this.firstSelectedOption){this.contains(document.activeElement)&&e!==null&&(e.focus(),requestAnimationFrame(()=>{e.scrollIntoView({block:"nearest"})}))}focusinHandler(e){!this.shouldSkipFocus&&e.target===e.currentTarget&&(this.setSelectedOptions(),this.focusAndScrollOptionIntoView()),this.shouldSkipFocus=!1}getTypeaheadMatches(){let e=this.typeaheadBuffer.replace(/[.*+\-?^${}()|[\]\\]/g,"\\$&"),t=new RegExp(`^${e}`,"gi");return this.options.filter(o=>o.text.trim().match(t))}getSelectableIndex(e=this.selectedIndex,t){let o=e>t?-1:e<t?1:0,r=e+o,s=null;switch(o){case-1:{s=this.options.reduceRight((n,a,l)=>!n&&!a.disabled&&l<r?a:n,s);break}case 1:{s=this.options.reduce((n,a,l)=>!n&&!a.disabled&&l>r?a:n,s);break}}return this.options.indexOf(s)}handleChange(e,t){t==="selected"&&(i.slottedOptionFilter(e)&&(this.selectedIndex=this.options.indexOf(e)),this.setSelectedOptions())}handleTypeAhead(e){this.typeaheadTimeout&&window.clearTimeout(this.typeaheadTimeout),this.typeaheadTimeout=window.setTimeout(()=>this.typeaheadExpired=!0,i.TYPE_AHEAD_TIMEOUT_MS),!(e.length>1)&&(this.typeaheadBuffer=`${this.typeaheadExpired?"":this.typeaheadBuffer}${e}`)}keydownHandler(e){if(this.disabled)return!0;this.shouldSkipFocus=!1;let t=e.key;switch(t){case ut:{e.shiftKey||(e.preventDefault(),this.selectFirstOption());break}case je:{e.shiftKey||(e.preventDefault(),this.selectNextOption());break}case qe:{e.shiftKey||(e.preventDefault(),this.selectPreviousOption());break}case pt:{e.preventDefault(),this.selectLastOption();break}case cr:return this.focusAndScrollOptionIntoView(),!0;case it:case ai:return!0;case li:if(this.typeaheadExpired)return!0;default:return t.length===1&&this.handleTypeAhead(`${t}`),!0}}mousedownHandler(e){return this.shouldSkipFocus=!this.contains(document.activeElement),!0}multipleChanged(e,t){this.ariaMultiSelectable=t?"true":null}selectedIndexChanged(e,t){var o;if(!this.hasSelectableOptions){this.selectedIndex=-1;return}if(!((o=this.options[this.selectedIndex])===null||o===void 0)&&o.disabled&&typeof e=="number"){let r=this.getSelectableIndex(e,t),s=r>-1?r:e;this.selectedIndex=s,t===s&&this.selectedIndexChanged(t,s);return}this.setSelectedOptions()}selectedOptionsChanged(e,t){var o;let r=t.filter(i.slottedOptionFilter);(o=this.options)===null||o===void 0||o.forEach(s=>{let n=V.getNotifier(s);n.unsubscribe(this,"selected"),s.selected=r.includes(s),n.subscribe(this,"selected")})}selectFirstOption(){var e,t;this.disabled||(this.selectedIndex=(t=(e=this.options)===null||e===void 0?void 0:e.findIndex(o=>!o.disabled))!==null&&t!==void 0?t:-1)}selectLastOption(){this.disabled||(this.selectedIndex=Y1(this.options,e=>!e.disabled))}selectNextOption(){!this.disabled&&this.selectedIndex<this.options.length-1&&(this.selectedIndex+=1)}selectPreviousOption(){!this.disabled&&this.selectedIndex>0&&(this.selectedIndex=this.selectedIndex-1)}setDefaultSelectedOption(){var e,t;this.selectedIndex=(t=(e=this.options)===null||e===void 0?void 0:e.findIndex(o=>o.defaultSelected))!==null&&t!==void 0?t:-1}setSelectedOptions(){var e,t,o;!((e=this.options)===null||e===void 0)&&e.length&&(this.selectedOptions=[this.options[this.selectedIndex]],this.ariaActiveDescendant=(o=(t=this.firstSelectedOption)===null||t===void 0?void 0:t.id)!==null&&o!==void 0?o:"",this.focusAndScrollOptionIntoView())}slottedOptionsChanged(e,t){this.options=t.reduce((r,s)=>(tf(s)&&r.push(s),r),[]);let o=`${this.options.length}`;this.options.forEach((r,s)=>{r.id||(r.id=vi("option-")),r.ariaPosInSet=`${s+1}`,r.ariaSetSize=o}),this.$fastController.isConnected&&(this.setSelectedOptions(),this.setDefaultSelectedOption())}typeaheadBufferChanged(e,t){if(this.$fastController.isConnected){let o=this.getTypeaheadMatches();if(o.length){let r=this.options.indexOf(o[0]);r>-1&&(this.selectedIndex=r)}this.typeaheadExpired=!1}}};ot.slottedOptionFilter=i=>tf(i)&&!i.hidden;ot.TYPE_AHEAD_TIMEOUT_MS=1e3;p([f({mode:"boolean"})],ot.prototype,"disabled",void 0);p([b],ot.prototype,"selectedIndex",void 0);p([b],ot.prototype,"selectedOptions",void 0);p([b],ot.prototype,"slottedOptions",void 0);p([b],ot.prototype,"typeaheadBuffer",void 0);Si=class{};p([b],Si.prototype,"ariaActiveDescendant",void 0);p([b],Si.prototype,"ariaDisabled",void 0);p([b],Si.prototype,"ariaExpanded",void 0);p([b],Si.prototype,"ariaMultiSelectable",void 0);ae(Si,ge);ae(ot,Si)});var gr,Qc=d(()=>{gr={above:"above",below:"below"}});var rf,Xc,wy=d(()=>{ci();mr();rf=class extends ot{},Xc=class extends gt(rf){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var Sa,sf=d(()=>{Sa={inline:"inline",list:"list",both:"both",none:"none"}});var ki,on,Cy=d(()=>{Y();x();N();mr();Ue();Qc();$t();wy();sf();ki=class extends Xc{constructor(){super(...arguments),this._value="",this.filteredOptions=[],this.filter="",this.forcedPosition=!1,this.listboxId=vi("listbox-"),this.maxHeight=0,this.open=!1}formResetCallback(){super.formResetCallback(),this.setDefaultSelectedOption(),this.updateValue()}validate(){super.validate(this.control)}get isAutocompleteInline(){return this.autocomplete===Sa.inline||this.isAutocompleteBoth}get isAutocompleteList(){return this.autocomplete===Sa.list||this.isAutocompleteBoth}get isAutocompleteBoth(){return this.autocomplete===Sa.both}openChanged(){if(this.open){this.ariaControls=this.listboxId,this.ariaExpanded="true",this.setPositioning(),this.focusAndScrollOptionIntoView(),I.queueUpdate(()=>this.focus());return}this.ariaControls="",this.ariaExpanded="false"}get options(){return V.track(this,"options"),this.filteredOptions.length?this.filteredOptions:this._options}set options(e){this._options=e,V.notify(this,"options")}placeholderChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.placeholder=this.placeholder)}positionChanged(e,t){this.positionAttribute=t,this.setPositioning()}get value(){return V.track(this,"value"),this._value}set value(e){var t,o,r;let s=`${this._value}`;if(this.$fastController.isConnected&&this.options){let n=this.options.findIndex(c=>c.text.toLowerCase()===e.toLowerCase()),a=(t=this.options[this.selectedIndex])===null||t===void 0?void 0:t.text,l=(o=this.options[n])===null||o===void 0?void 0:o.text;this.selectedIndex=a!==l?n:this.selectedIndex,e=((r=this.firstSelectedOption)===null||r===void 0?void 0:r.text)||e}s!==e&&(this._value=e,super.valueChanged(s,e),V.notify(this,"value"))}clickHandler(e){let t=e.target.closest("option,[role=option]");if(!(this.disabled||t?.disabled)){if(this.open){if(e.composedPath()[0]===this.control)return;t&&(this.selectedOptions=[t],this.control.value=t.text,this.clearSelectionRange(),this.updateValue(!0))}return this.open=!this.open,this.open&&this.control.focus(),!0}}connectedCallback(){super.connectedCallback(),this.forcedPosition=!!this.positionAttribute,this.value&&(this.initialValue=this.value)}disabledChanged(e,t){super.disabledChanged&&super.disabledChanged(e,t),this.ariaDisabled=this.disabled?"true":"false"}filterOptions(){(!this.autocomplete||this.autocomplete===Sa.none)&&(this.filter="");let e=this.filter.toLowerCase();this.filteredOptions=this._options.filter(t=>t.text.toLowerCase().startsWith(this.filter.toLowerCase())),this.isAutocompleteList&&(!this.filteredOptions.length&&!e&&(this.filteredOptions=this._options),this._options.forEach(t=>{t.hidden=!this.filteredOptions.includes(t)}))}focusAndScrollOptionIntoView(){this.contains(document.activeElement)&&(this.control.focus(),this.firstSelectedOption&&requestAnimationFrame(()=>{var e;(e=this.firstSelectedOption)===null||e===void 0||e.scrollIntoView({block:"nearest"})}))}focusoutHandler(e){if(this.syncValue(),!this.open)return!0;let t=e.relatedTarget;if(this.isSameNode(t)){this.focus();return}(!this.options||!this.options.includes(t))&&(this.open=!1)}inputHandler(e){if(this.filter=this.control.value,this.filterOptions(),this.isAutocompleteInline||(this.selectedIndex=this.options.map(t=>t.text).indexOf(this.control.value)),e.inputType.includes("deleteContent")||!this.filter.length)return!0;this.isAutocompleteList&&!this.open&&(this.open=!0),this.isAutocompleteInline&&(this.filteredOptions.length?(this.selectedOptions=[this.filteredOptions[0]],this.selectedIndex=this.options.indexOf(this.firstSelectedOption),this.setInlineSelection()):this.selectedIndex=-1)}keydownHandler(e){let t=e.key;if(e.ctrlKey||e.shiftKey)return!0;switch(t){case"Enter":{this.syncValue(),this.isAutocompleteInline&&(this.filter=this.value),this.open=!1,this.clearSelectionRange();break}case"Escape":{if(this.isAutocompleteInline||(this.selectedIndex=-1),this.open){this.open=!1;break}this.value="",this.control.value="",this.filter="",this.filterOptions();break}case"Tab":{if(this.setInputToSelection(),!this.open)return!0;e.preventDefault(),this.open=!1;break}case"ArrowUp":case"ArrowDown":{if(this.filterOptions(),!this.open){this.open=!0;break}this.filteredOptions.length>0&&super.keydownHandler(e),this.isAutocompleteInline&&this.setInlineSelection();break}default:return!0}}keyupHandler(e){switch(e.key){case"ArrowLeft":case"ArrowRight":case"Backspace":case"Delete":case"Home":case"End":{this.filter=this.control.value,this.selectedIndex=-1,this.filterOptions();break}}}selectedIndexChanged(e,t){if(this.$fastController.isConnected){if(t=hr(-1,this.options.length-1,t),t!==this.selectedIndex){this.selectedIndex=t;return}super.selectedIndexChanged(e,t)}}selectPreviousOption(){!this.disabled&&this.selectedIndex>=0&&(this.selectedIndex=this.selectedIndex-1)}setDefaultSelectedOption(){if(this.$fastController.isConnected&&this.options){let e=this.options.findIndex(t=>t.getAttribute("selected")!==null||t.selected);this.selectedIndex=e,!this.dirtyValue&&this.firstSelectedOption&&(this.value=this.firstSelectedOption.text),this.setSelectedOptions()}}setInputToSelection(){this.firstSelectedOption&&(this.control.value=this.firstSelectedOption.text,this.control.focus())}setInlineSelection(){this.firstSelectedOption&&(this.setInputToSelection(),this.control.setSelectionRange(this.filter.length,this.control.value.length,"backward"))}syncValue(){var e;let t=this.selectedIndex>-1?(e=this.firstSelectedOption)===null||e===void 0?void 0:e.text:this.control.value;this.updateValue(this.value!==t)}setPositioning(){let e=this.getBoundingClientRect(),o=window.innerHeight-e.bottom;this.position=this.forcedPosition?this.positionAttribute:e.top>o?gr.above:gr.below,this.positionAttribute=this.forcedPosition?this.positionAttribute:this.position,this.maxHeight=this.position===gr.above?~~e.top:~~o}selectedOptionsChanged(e,t){this.$fastController.isConnected&&this._options.forEach(o=>{o.selected=t.includes(o)})}slottedOptionsChanged(e,t){super.slottedOptionsChanged(e,t),this.updateValue()}updateValue(e){var t;this.$fastController.isConnected&&(this.value=((t=this.firstSelectedOption)===null||t===void 0?void 0:t.text)||this.control.value,this.control.value=this.value),e&&this.$emit("change")}clearSelectionRange(){let e=this.control.value.length;this.control.setSelectionRange(e,e)}};p([f({attribute:"autocomplete",mode:"fromView"})],ki.prototype,"autocomplete",void 0);p([b],ki.prototype,"maxHeight",void 0);p([f({attribute:"open",mode:"boolean"})],ki.prototype,"open",void 0);p([f],ki.prototype,"placeholder",void 0);p([f({attribute:"position"})],ki.prototype,"positionAttribute",void 0);p([b],ki.prototype,"position",void 0);on=class{};p([b],on.prototype,"ariaAutoComplete",void 0);p([b],on.prototype,"ariaControls",void 0);ae(on,Si);ae(ki,ke,on)});var $y,Sy=d(()=>{x();mr();Ue();$y=(i,e)=>C`
    <template
        aria-disabled="${t=>t.ariaDisabled}"
        autocomplete="${t=>t.autocomplete}"
        class="${t=>t.open?"open":""} ${t=>t.disabled?"disabled":""} ${t=>t.position}"
        ?open="${t=>t.open}"
        tabindex="${t=>t.disabled?null:"0"}"
        @click="${(t,o)=>t.clickHandler(o.event)}"
        @focusout="${(t,o)=>t.focusoutHandler(o.event)}"
        @keydown="${(t,o)=>t.keydownHandler(o.event)}"
    >
        <div class="control" part="control">
            ${Re(i,e)}
            <slot name="control">
                <input
                    aria-activedescendant="${t=>t.open?t.ariaActiveDescendant:null}"
                    aria-autocomplete="${t=>t.ariaAutoComplete}"
                    aria-controls="${t=>t.ariaControls}"
                    aria-disabled="${t=>t.ariaDisabled}"
                    aria-expanded="${t=>t.ariaExpanded}"
                    aria-haspopup="listbox"
                    class="selected-value"
                    part="selected-value"
                    placeholder="${t=>t.placeholder}"
                    role="combobox"
                    type="text"
                    ?disabled="${t=>t.disabled}"
                    :value="${t=>t.value}"
                    @input="${(t,o)=>t.inputHandler(o.event)}"
                    @keyup="${(t,o)=>t.keyupHandler(o.event)}"
                    ${X("control")}
                />
                <div class="indicator" part="indicator" aria-hidden="true">
                    <slot name="indicator">
                        ${e.indicator||""}
                    </slot>
                </div>
            </slot>
            ${_e(i,e)}
        </div>
        <div
            class="listbox"
            id="${t=>t.listboxId}"
            part="listbox"
            role="listbox"
            ?disabled="${t=>t.disabled}"
            ?hidden="${t=>!t.open}"
            ${X("listbox")}
        >
            <slot
                ${ie({filter:ot.slottedOptionFilter,flatten:!0,property:"slottedOptions"})}
            ></slot>
        </div>
    </template>
`});var ky=d(()=>{Cy();sf();Sy()});function as(i){let e=i.parentElement;if(e)return e;{let t=i.getRootNode();if(t.host instanceof HTMLElement)return t.host}return null}var Yc=d(()=>{});function _y(i,e){let t=e;for(;t!==null;){if(t===i)return!0;t=as(t)}return!1}var Ry=d(()=>{Yc()});function mS(i){return i instanceof nr}var lo,ka,af,lf,cf,Jc,df,vr,nf,gS,ls,hf=d(()=>{Y();x();lo=document.createElement("div");ka=class{setProperty(e,t){I.queueUpdate(()=>this.target.setProperty(e,t))}removeProperty(e){I.queueUpdate(()=>this.target.removeProperty(e))}},af=class extends ka{constructor(e){super();let t=new CSSStyleSheet;t[_c]=!0,this.target=t.cssRules[t.insertRule(":host{}")].style,e.$fastController.addStyles(tt.create([t]))}},lf=class extends ka{constructor(){super();let e=new CSSStyleSheet;this.target=e.cssRules[e.insertRule(":root{}")].style,document.adoptedStyleSheets=[...document.adoptedStyleSheets,e]}},cf=class extends ka{constructor(){super(),this.style=document.createElement("style"),document.head.appendChild(this.style);let{sheet:e}=this.style;if(e){let t=e.insertRule(":root{}",e.cssRules.length);this.target=e.cssRules[t].style}}},Jc=class{constructor(e){this.store=new Map,this.target=null;let t=e.$fastController;this.style=document.createElement("style"),t.addStyles(this.style),V.getNotifier(t).subscribe(this,"isConnected"),this.handleChange(t,"isConnected")}targetChanged(){if(this.target!==null)for(let[e,t]of this.store.entries())this.target.setProperty(e,t)}setProperty(e,t){this.store.set(e,t),I.queueUpdate(()=>{this.target!==null&&this.target.setProperty(e,t)})}removeProperty(e){this.store.delete(e),I.queueUpdate(()=>{this.target!==null&&this.target.removeProperty(e)})}handleChange(e,t){let{sheet:o}=this.style;if(o){let r=o.insertRule(":host{}",o.cssRules.length);this.target=o.cssRules[r].style}else this.target=null}};p([b],Jc.prototype,"target",void 0);df=class{constructor(e){this.target=e.style}setProperty(e,t){I.queueUpdate(()=>this.target.setProperty(e,t))}removeProperty(e){I.queueUpdate(()=>this.target.removeProperty(e))}},vr=class i{setProperty(e,t){i.properties[e]=t;for(let o of i.roots.values())ls.getOrCreate(i.normalizeRoot(o)).setProperty(e,t)}removeProperty(e){delete i.properties[e];for(let t of i.roots.values())ls.getOrCreate(i.normalizeRoot(t)).removeProperty(e)}static registerRoot(e){let{roots:t}=i;if(!t.has(e)){t.add(e);let o=ls.getOrCreate(this.normalizeRoot(e));for(let r in i.properties)o.setProperty(r,i.properties[r])}}static unregisterRoot(e){let{roots:t}=i;if(t.has(e)){t.delete(e);let o=ls.getOrCreate(i.normalizeRoot(e));for(let r in i.properties)o.removeProperty(r)}}static normalizeRoot(e){return e===lo?document:e}};vr.roots=new Set;vr.properties={};nf=new WeakMap,gS=I.supportsAdoptedStyleSheets?af:Jc,ls=Object.freeze({getOrCreate(i){if(nf.has(i))return nf.get(i);let e;return i===lo?e=new vr:i instanceof Document?e=I.supportsAdoptedStyleSheets?new lf:new cf:mS(i)?e=new gS(i):e=new df(i),nf.set(i,e),e}})});function vS(i){return Zi.from(i)}var Zi,uf,pf,ff,_a,Ra,ti,fe,mf=d(()=>{Y();x();Yc();Ry();hf();hf();Zi=class i extends ar{constructor(e){super(),this.subscribers=new WeakMap,this._appliedTo=new Set,this.name=e.name,e.cssCustomPropertyName!==null&&(this.cssCustomProperty=`--${e.cssCustomPropertyName}`,this.cssVar=`var(${this.cssCustomProperty})`),this.id=i.uniqueId(),i.tokensById.set(this.id,this)}get appliedTo(){return[...this._appliedTo]}static from(e){return new i({name:typeof e=="string"?e:e.name,cssCustomPropertyName:typeof e=="string"?e:e.cssCustomPropertyName===void 0?e.name:e.cssCustomPropertyName})}static isCSSDesignToken(e){return typeof e.cssCustomProperty=="string"}static isDerivedDesignTokenValue(e){return typeof e=="function"}static getTokenById(e){return i.tokensById.get(e)}getOrCreateSubscriberSet(e=this){return this.subscribers.get(e)||this.subscribers.set(e,new Set)&&this.subscribers.get(e)}createCSS(){return this.cssVar||""}getValueFor(e){let t=ti.getOrCreate(e).get(this);if(t!==void 0)return t;throw new Error(`Value could not be retrieved for token named "${this.name}". Ensure the value is set for ${e} or an ancestor of ${e}.`)}setValueFor(e,t){return this._appliedTo.add(e),t instanceof i&&(t=this.alias(t)),ti.getOrCreate(e).set(this,t),this}deleteValueFor(e){return this._appliedTo.delete(e),ti.existsFor(e)&&ti.getOrCreate(e).delete(this),this}withDefault(e){return this.setValueFor(lo,e),this}subscribe(e,t){let o=this.getOrCreateSubscriberSet(t);t&&!ti.existsFor(t)&&ti.getOrCreate(t),o.has(e)||o.add(e)}unsubscribe(e,t){let o=this.subscribers.get(t||this);o&&o.has(e)&&o.delete(e)}notify(e){let t=Object.freeze({token:this,target:e});this.subscribers.has(this)&&this.subscribers.get(this).forEach(o=>o.handleChange(t)),this.subscribers.has(e)&&this.subscribers.get(e).forEach(o=>o.handleChange(t))}alias(e){return(t=>e.getValueFor(t))}};Zi.uniqueId=(()=>{let i=0;return()=>(i++,i.toString(16))})();Zi.tokensById=new Map;uf=class{startReflection(e,t){e.subscribe(this,t),this.handleChange({token:e,target:t})}stopReflection(e,t){e.unsubscribe(this,t),this.remove(e,t)}handleChange(e){let{token:t,target:o}=e;this.add(t,o)}add(e,t){ls.getOrCreate(t).setProperty(e.cssCustomProperty,this.resolveCSSValue(ti.getOrCreate(t).get(e)))}remove(e,t){ls.getOrCreate(t).removeProperty(e.cssCustomProperty)}resolveCSSValue(e){return e&&typeof e.createCSS=="function"?e.createCSS():e}},pf=class{constructor(e,t,o){this.source=e,this.token=t,this.node=o,this.dependencies=new Set,this.observer=V.binding(e,this,!1),this.observer.handleChange=this.observer.call,this.handleChange()}disconnect(){this.observer.disconnect()}handleChange(){try{this.node.store.set(this.token,this.observer.observe(this.node.target,ir))}catch(e){console.error(e)}}},ff=class{constructor(){this.values=new Map}set(e,t){this.values.get(e)!==t&&(this.values.set(e,t),V.getNotifier(this).notify(e.id))}get(e){return V.track(this,e.id),this.values.get(e)}delete(e){this.values.delete(e),V.getNotifier(this).notify(e.id)}all(){return this.values.entries()}},_a=new WeakMap,Ra=new WeakMap,ti=class i{constructor(e){this.target=e,this.store=new ff,this.children=[],this.assignedValues=new Map,this.reflecting=new Set,this.bindingObservers=new Map,this.tokenValueChangeHandler={handleChange:(t,o)=>{let r=Zi.getTokenById(o);r&&(r.notify(this.target),this.updateCSSTokenReflection(t,r))}},_a.set(e,this),V.getNotifier(this.store).subscribe(this.tokenValueChangeHandler),e instanceof nr?e.$fastController.addBehaviors([this]):e.isConnected&&this.bind()}static getOrCreate(e){return _a.get(e)||new i(e)}static existsFor(e){return _a.has(e)}static findParent(e){if(lo!==e.target){let t=as(e.target);for(;t!==null;){if(_a.has(t))return _a.get(t);t=as(t)}return i.getOrCreate(lo)}return null}static findClosestAssignedNode(e,t){let o=t;do{if(o.has(e))return o;o=o.parent?o.parent:o.target!==lo?i.getOrCreate(lo):null}while(o!==null);return null}get parent(){return Ra.get(this)||null}updateCSSTokenReflection(e,t){if(Zi.isCSSDesignToken(t)){let o=this.parent,r=this.isReflecting(t);if(o){let s=o.get(t),n=e.get(t);s!==n&&!r?this.reflectToCSS(t):s===n&&r&&this.stopReflectToCSS(t)}else r||this.reflectToCSS(t)}}has(e){return this.assignedValues.has(e)}get(e){let t=this.store.get(e);if(t!==void 0)return t;let o=this.getRaw(e);if(o!==void 0)return this.hydrate(e,o),this.get(e)}getRaw(e){var t;return this.assignedValues.has(e)?this.assignedValues.get(e):(t=i.findClosestAssignedNode(e,this))===null||t===void 0?void 0:t.getRaw(e)}set(e,t){Zi.isDerivedDesignTokenValue(this.assignedValues.get(e))&&this.tearDownBindingObserver(e),this.assignedValues.set(e,t),Zi.isDerivedDesignTokenValue(t)?this.setupBindingObserver(e,t):this.store.set(e,t)}delete(e){this.assignedValues.delete(e),this.tearDownBindingObserver(e);let t=this.getRaw(e);t?this.hydrate(e,t):this.store.delete(e)}bind(){let e=i.findParent(this);e&&e.appendChild(this);for(let t of this.assignedValues.keys())t.notify(this.target)}unbind(){this.parent&&Ra.get(this).removeChild(this);for(let e of this.bindingObservers.keys())this.tearDownBindingObserver(e)}appendChild(e){e.parent&&Ra.get(e).removeChild(e);let t=this.children.filter(o=>e.contains(o));Ra.set(e,this),this.children.push(e),t.forEach(o=>e.appendChild(o)),V.getNotifier(this.store).subscribe(e);for(let[o,r]of this.store.all())e.hydrate(o,this.bindingObservers.has(o)?this.getRaw(o):r),e.updateCSSTokenReflection(e.store,o)}removeChild(e){let t=this.children.indexOf(e);if(t!==-1&&this.children.splice(t,1),V.getNotifier(this.store).unsubscribe(e),e.parent!==this)return!1;let o=Ra.delete(e);for(let[r]of this.store.all())e.hydrate(r,e.getRaw(r)),e.updateCSSTokenReflection(e.store,r);return o}contains(e){return _y(this.target,e.target)}reflectToCSS(e){this.isReflecting(e)||(this.reflecting.add(e),i.cssCustomPropertyReflector.startReflection(e,this.target))}stopReflectToCSS(e){this.isReflecting(e)&&(this.reflecting.delete(e),i.cssCustomPropertyReflector.stopReflection(e,this.target))}isReflecting(e){return this.reflecting.has(e)}handleChange(e,t){let o=Zi.getTokenById(t);o&&(this.hydrate(o,this.getRaw(o)),this.updateCSSTokenReflection(this.store,o))}hydrate(e,t){if(!this.has(e)){let o=this.bindingObservers.get(e);Zi.isDerivedDesignTokenValue(t)?o?o.source!==t&&(this.tearDownBindingObserver(e),this.setupBindingObserver(e,t)):this.setupBindingObserver(e,t):(o&&this.tearDownBindingObserver(e),this.store.set(e,t))}}setupBindingObserver(e,t){let o=new pf(t,e,this);return this.bindingObservers.set(e,o),o}tearDownBindingObserver(e){return this.bindingObservers.has(e)?(this.bindingObservers.get(e).disconnect(),this.bindingObservers.delete(e),!0):!1}};ti.cssCustomPropertyReflector=new uf;p([b],ti.prototype,"children",void 0);fe=Object.freeze({create:vS,notifyConnection(i){return!i.isConnected||!ti.existsFor(i)?!1:(ti.getOrCreate(i).bind(),!0)},notifyDisconnection(i){return i.isConnected||!ti.existsFor(i)?!1:(ti.getOrCreate(i).unbind(),!0)},registerRoot(i=lo){vr.registerRoot(i)},unregisterRoot(i=lo){vr.unregisterRoot(i)}})});function bS(i,e,t){return typeof i=="string"?{name:i,type:e,callback:t}:i}var gf,vf,Kc,rn,Fa,yf,ed,bf,Fy=d(()=>{x();oe();Oc();mf();Bc();gf=Object.freeze({definitionCallbackOnly:null,ignoreDuplicate:Symbol()}),vf=new Map,Kc=new Map,rn=null,Fa=Le.createInterface(i=>i.cachedCallback(e=>(rn===null&&(rn=new ed(null,e)),rn))),yf=Object.freeze({tagFor(i){return Kc.get(i)},responsibleFor(i){let e=i.$$designSystem$$;return e||Le.findResponsibleContainer(i).get(Fa)},getOrCreate(i){if(!i)return rn===null&&(rn=Le.getOrCreateDOMContainer().get(Fa)),rn;let e=i.$$designSystem$$;if(e)return e;let t=Le.getOrCreateDOMContainer(i);if(t.has(Fa,!1))return t.get(Fa);{let o=new ed(i,t);return t.register(ts.instance(Fa,o)),o}}});ed=class{constructor(e,t){this.owner=e,this.container=t,this.designTokensInitialized=!1,this.prefix="fast",this.shadowRootMode=void 0,this.disambiguate=()=>gf.definitionCallbackOnly,e!==null&&(e.$$designSystem$$=this)}withPrefix(e){return this.prefix=e,this}withShadowRootMode(e){return this.shadowRootMode=e,this}withElementDisambiguation(e){return this.disambiguate=e,this}withDesignTokenRoot(e){return this.designTokenRoot=e,this}register(...e){let t=this.container,o=[],r=this.disambiguate,s=this.shadowRootMode,n={elementPrefix:this.prefix,tryDefineElement(a,l,c){let h=bS(a,l,c),{name:u,callback:v,baseClass:y}=h,{type:S}=h,O=u,j=vf.get(O),et=!0;for(;j;){let Ee=r(O,S,j);switch(Ee){case gf.ignoreDuplicate:return;case gf.definitionCallbackOnly:et=!1,j=void 0;break;default:O=Ee,j=vf.get(O);break}}et&&((Kc.has(S)||S===R)&&(S=class extends S{}),vf.set(O,S),Kc.set(S,O),y&&Kc.set(y,O)),o.push(new bf(t,O,S,s,v,et))}};this.designTokensInitialized||(this.designTokensInitialized=!0,this.designTokenRoot!==null&&fe.registerRoot(this.designTokenRoot)),t.registerWithContext(n,...e);for(let a of o)a.callback(a),a.willDefine&&a.definition!==null&&a.definition.define();return this}},bf=class{constructor(e,t,o,r,s,n){this.container=e,this.name=t,this.type=o,this.shadowRootMode=r,this.callback=s,this.willDefine=n,this.definition=null}definePresentation(e){Vc.define(this.name,e,this.container)}defineElement(e){this.definition=new no(this.type,Object.assign(Object.assign({},e),{name:this.name}))}tagFor(e){return yf.tagFor(e)}}});var Ty=d(()=>{});var Iy=d(()=>{Fy();Bc();Ty()});var Ly=d(()=>{Oc()});var Dy,Ey=d(()=>{x();Dy=(i,e)=>C`
    <div class="positioning-region" part="positioning-region">
        ${ue(t=>t.modal,C`
                <div
                    class="overlay"
                    part="overlay"
                    role="presentation"
                    @click="${t=>t.dismiss()}"
                ></div>
            `)}
        <div
            role="dialog"
            tabindex="-1"
            class="control"
            part="control"
            aria-modal="${t=>t.modal}"
            aria-describedby="${t=>t.ariaDescribedby}"
            aria-labelledby="${t=>t.ariaLabelledby}"
            aria-label="${t=>t.ariaLabel}"
            ${X("dialog")}
        >
            <slot></slot>
        </div>
    </div>
`});var Py,yS,Oy,Ta,xf,xS,My,wS,CS,$S,SS,kS,_S,Ay,RS,FS,Hy,TS,wf,IS,Cf,$f=d(()=>{Py=["input","select","textarea","a[href]","button","[tabindex]:not(slot)","audio[controls]","video[controls]",'[contenteditable]:not([contenteditable="false"])',"details>summary:first-of-type","details"],yS=Py.join(","),Oy=typeof Element>"u",Ta=Oy?function(){}:Element.prototype.matches||Element.prototype.msMatchesSelector||Element.prototype.webkitMatchesSelector,xf=!Oy&&Element.prototype.getRootNode?function(i){return i.getRootNode()}:function(i){return i.ownerDocument},xS=function(e,t){return e.tabIndex<0&&(t||/^(AUDIO|VIDEO|DETAILS)$/.test(e.tagName)||e.isContentEditable)&&isNaN(parseInt(e.getAttribute("tabindex"),10))?0:e.tabIndex},My=function(e){return e.tagName==="INPUT"},wS=function(e){return My(e)&&e.type==="hidden"},CS=function(e){var t=e.tagName==="DETAILS"&&Array.prototype.slice.apply(e.children).some(function(o){return o.tagName==="SUMMARY"});return t},$S=function(e,t){for(var o=0;o<e.length;o++)if(e[o].checked&&e[o].form===t)return e[o]},SS=function(e){if(!e.name)return!0;var t=e.form||xf(e),o=function(a){return t.querySelectorAll('input[type="radio"][name="'+a+'"]')},r;if(typeof window<"u"&&typeof window.CSS<"u"&&typeof window.CSS.escape=="function")r=o(window.CSS.escape(e.name));else try{r=o(e.name)}catch(n){return console.error("Looks like you have a radio button with a name attribute containing invalid CSS selector characters and need the CSS.escape polyfill: %s",n.message),!1}var s=$S(r,e.form);return!s||s===e},kS=function(e){return My(e)&&e.type==="radio"},_S=function(e){return kS(e)&&!SS(e)},Ay=function(e){var t=e.getBoundingClientRect(),o=t.width,r=t.height;return o===0&&r===0},RS=function(e,t){var o=t.displayCheck,r=t.getShadowRoot;if(getComputedStyle(e).visibility==="hidden")return!0;var s=Ta.call(e,"details>summary:first-of-type"),n=s?e.parentElement:e;if(Ta.call(n,"details:not([open]) *"))return!0;var a=xf(e).host,l=a?.ownerDocument.contains(a)||e.ownerDocument.contains(e);if(!o||o==="full"){if(typeof r=="function"){for(var c=e;e;){var h=e.parentElement,u=xf(e);if(h&&!h.shadowRoot&&r(h)===!0)return Ay(e);e.assignedSlot?e=e.assignedSlot:!h&&u!==e.ownerDocument?e=u.host:e=h}e=c}if(l)return!e.getClientRects().length}else if(o==="non-zero-area")return Ay(e);return!1},FS=function(e){if(/^(INPUT|BUTTON|SELECT|TEXTAREA)$/.test(e.tagName))for(var t=e.parentElement;t;){if(t.tagName==="FIELDSET"&&t.disabled){for(var o=0;o<t.children.length;o++){var r=t.children.item(o);if(r.tagName==="LEGEND")return Ta.call(t,"fieldset[disabled] *")?!0:!r.contains(e)}return!0}t=t.parentElement}return!1},Hy=function(e,t){return!(t.disabled||wS(t)||RS(t,e)||CS(t)||FS(t))},TS=function(e,t){return!(_S(t)||xS(t)<0||!Hy(e,t))},wf=function(e,t){if(t=t||{},!e)throw new Error("No node provided");return Ta.call(e,yS)===!1?!1:TS(t,e)},IS=Py.concat("iframe").join(","),Cf=function(e,t){if(t=t||{},!e)throw new Error("No node provided");return Ta.call(e,IS)===!1?!1:Hy(t,e)}});var co,Vy=d(()=>{Y();x();N();$f();oe();co=class i extends R{constructor(){super(...arguments),this.modal=!0,this.hidden=!1,this.trapFocus=!0,this.trapFocusChanged=()=>{this.$fastController.isConnected&&this.updateTrapFocus()},this.isTrappingFocus=!1,this.handleDocumentKeydown=e=>{if(!e.defaultPrevented&&!this.hidden)switch(e.key){case ai:this.dismiss(),e.preventDefault();break;case cr:this.handleTabKeyDown(e);break}},this.handleDocumentFocus=e=>{!e.defaultPrevented&&this.shouldForceFocus(e.target)&&(this.focusFirstElement(),e.preventDefault())},this.handleTabKeyDown=e=>{if(!this.trapFocus||this.hidden)return;let t=this.getTabQueueBounds();if(t.length!==0){if(t.length===1){t[0].focus(),e.preventDefault();return}e.shiftKey&&e.target===t[0]?(t[t.length-1].focus(),e.preventDefault()):!e.shiftKey&&e.target===t[t.length-1]&&(t[0].focus(),e.preventDefault())}},this.getTabQueueBounds=()=>{let e=[];return i.reduceTabbableItems(e,this)},this.focusFirstElement=()=>{let e=this.getTabQueueBounds();e.length>0?e[0].focus():this.dialog instanceof HTMLElement&&this.dialog.focus()},this.shouldForceFocus=e=>this.isTrappingFocus&&!this.contains(e),this.shouldTrapFocus=()=>this.trapFocus&&!this.hidden,this.updateTrapFocus=e=>{let t=e===void 0?this.shouldTrapFocus():e;t&&!this.isTrappingFocus?(this.isTrappingFocus=!0,document.addEventListener("focusin",this.handleDocumentFocus),I.queueUpdate(()=>{this.shouldForceFocus(document.activeElement)&&this.focusFirstElement()})):!t&&this.isTrappingFocus&&(this.isTrappingFocus=!1,document.removeEventListener("focusin",this.handleDocumentFocus))}}dismiss(){this.$emit("dismiss"),this.$emit("cancel")}show(){this.hidden=!1}hide(){this.hidden=!0,this.$emit("close")}connectedCallback(){super.connectedCallback(),document.addEventListener("keydown",this.handleDocumentKeydown),this.notifier=V.getNotifier(this),this.notifier.subscribe(this,"hidden"),this.updateTrapFocus()}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener("keydown",this.handleDocumentKeydown),this.updateTrapFocus(!1),this.notifier.unsubscribe(this,"hidden")}handleChange(e,t){t==="hidden"&&this.updateTrapFocus()}static reduceTabbableItems(e,t){return t.getAttribute("tabindex")==="-1"?e:wf(t)||i.isFocusableFastElement(t)&&i.hasTabbableShadow(t)?(e.push(t),e):t.childElementCount?e.concat(Array.from(t.children).reduce(i.reduceTabbableItems,[])):e}static isFocusableFastElement(e){var t,o;return!!(!((o=(t=e.$fastController)===null||t===void 0?void 0:t.definition.shadowOptions)===null||o===void 0)&&o.delegatesFocus)}static hasTabbableShadow(e){var t,o;return Array.from((o=(t=e.shadowRoot)===null||t===void 0?void 0:t.querySelectorAll("*"))!==null&&o!==void 0?o:[]).some(r=>wf(r))}};p([f({mode:"boolean"})],co.prototype,"modal",void 0);p([f({mode:"boolean"})],co.prototype,"hidden",void 0);p([f({attribute:"trap-focus",mode:"boolean"})],co.prototype,"trapFocus",void 0);p([f({attribute:"aria-describedby"})],co.prototype,"ariaDescribedby",void 0);p([f({attribute:"aria-labelledby"})],co.prototype,"ariaLabelledby",void 0);p([f({attribute:"aria-label"})],co.prototype,"ariaLabel",void 0)});var By=d(()=>{Ey();Vy()});var zy=d(()=>{});var td,Ny=d(()=>{Y();x();oe();td=class extends R{connectedCallback(){super.connectedCallback(),this.setup()}disconnectedCallback(){super.disconnectedCallback(),this.details.removeEventListener("toggle",this.onToggle)}show(){this.details.open=!0}hide(){this.details.open=!1}toggle(){this.details.open=!this.details.open}setup(){this.onToggle=this.onToggle.bind(this),this.details.addEventListener("toggle",this.onToggle),this.expanded&&this.show()}onToggle(){this.expanded=this.details.open,this.$emit("toggle")}};p([f({mode:"boolean"})],td.prototype,"expanded",void 0);p([f],td.prototype,"title",void 0)});var Uy=d(()=>{zy();Ny()});var jy,qy=d(()=>{x();jy=(i,e)=>C`
    <template role="${t=>t.role}" aria-orientation="${t=>t.orientation}"></template>
`});var Gy,Wy=d(()=>{Gy={separator:"separator",presentation:"presentation"}});var br,Zy=d(()=>{Y();x();N();oe();Wy();br=class extends R{constructor(){super(...arguments),this.role=Gy.separator,this.orientation=Fe.horizontal}};p([f],br.prototype,"role",void 0);p([f],br.prototype,"orientation",void 0)});var Qy=d(()=>{qy();Zy()});var Ia,Sf=d(()=>{Ia={next:"next",previous:"previous"}});var Xy,Yy=d(()=>{x();Sf();Xy=(i,e)=>C`
    <template
        role="button"
        aria-disabled="${t=>t.disabled?!0:void 0}"
        tabindex="${t=>t.hiddenFromAT?-1:0}"
        class="${t=>t.direction} ${t=>t.disabled?"disabled":""}"
        @keyup="${(t,o)=>t.keyupHandler(o.event)}"
    >
        ${ue(t=>t.direction===Ia.next,C`
                <span part="next" class="next">
                    <slot name="next">
                        ${e.next||""}
                    </slot>
                </span>
            `)}
        ${ue(t=>t.direction===Ia.previous,C`
                <span part="previous" class="previous">
                    <slot name="previous">
                        ${e.previous||""}
                    </slot>
                </span>
            `)}
    </template>
`});var cs,Jy=d(()=>{Y();x();oe();Sf();cs=class extends R{constructor(){super(...arguments),this.hiddenFromAT=!0,this.direction=Ia.next}keyupHandler(e){if(!this.hiddenFromAT){let t=e.key;(t==="Enter"||t==="Space")&&this.$emit("click",e),t==="Escape"&&this.blur()}}};p([f({mode:"boolean"})],cs.prototype,"disabled",void 0);p([f({attribute:"aria-hidden",converter:es})],cs.prototype,"hiddenFromAT",void 0);p([f],cs.prototype,"direction",void 0)});var Ky=d(()=>{Yy();Jy()});var ex=d(()=>{ci()});var tx=d(()=>{oe()});var ix,ox=d(()=>{x();Ue();ix=(i,e)=>C`
    <template
        aria-checked="${t=>t.ariaChecked}"
        aria-disabled="${t=>t.ariaDisabled}"
        aria-posinset="${t=>t.ariaPosInSet}"
        aria-selected="${t=>t.ariaSelected}"
        aria-setsize="${t=>t.ariaSetSize}"
        class="${t=>[t.checked&&"checked",t.selected&&"selected",t.disabled&&"disabled"].filter(Boolean).join(" ")}"
        role="option"
    >
        ${Re(i,e)}
        <span class="content" part="content">
            <slot ${ie("content")}></slot>
        </span>
        ${_e(i,e)}
    </template>
`});var rx=d(()=>{of();ox()});var Eo,id=d(()=>{Y();x();N();mr();Eo=class extends ot{constructor(){super(...arguments),this.activeIndex=-1,this.rangeStartIndex=-1}get activeOption(){return this.options[this.activeIndex]}get checkedOptions(){var e;return(e=this.options)===null||e===void 0?void 0:e.filter(t=>t.checked)}get firstSelectedOptionIndex(){return this.options.indexOf(this.firstSelectedOption)}activeIndexChanged(e,t){var o,r;this.ariaActiveDescendant=(r=(o=this.options[t])===null||o===void 0?void 0:o.id)!==null&&r!==void 0?r:"",this.focusAndScrollOptionIntoView()}checkActiveIndex(){if(!this.multiple)return;let e=this.activeOption;e&&(e.checked=!0)}checkFirstOption(e=!1){e?(this.rangeStartIndex===-1&&(this.rangeStartIndex=this.activeIndex+1),this.options.forEach((t,o)=>{t.checked=ya(o,this.rangeStartIndex)})):this.uncheckAllOptions(),this.activeIndex=0,this.checkActiveIndex()}checkLastOption(e=!1){e?(this.rangeStartIndex===-1&&(this.rangeStartIndex=this.activeIndex),this.options.forEach((t,o)=>{t.checked=ya(o,this.rangeStartIndex,this.options.length)})):this.uncheckAllOptions(),this.activeIndex=this.options.length-1,this.checkActiveIndex()}connectedCallback(){super.connectedCallback(),this.addEventListener("focusout",this.focusoutHandler)}disconnectedCallback(){this.removeEventListener("focusout",this.focusoutHandler),super.disconnectedCallback()}checkNextOption(e=!1){e?(this.rangeStartIndex===-1&&(this.rangeStartIndex=this.activeIndex),this.options.forEach((t,o)=>{t.checked=ya(o,this.rangeStartIndex,this.activeIndex+1)})):this.uncheckAllOptions(),this.activeIndex+=this.activeIndex<this.options.length-1?1:0,this.checkActiveIndex()}checkPreviousOption(e=!1){e?(this.rangeStartIndex===-1&&(this.rangeStartIndex=this.activeIndex),this.checkedOptions.length===1&&(this.rangeStartIndex+=1),this.options.forEach((t,o)=>{t.checked=ya(o,this.activeIndex,this.rangeStartIndex)})):this.uncheckAllOptions(),this.activeIndex-=this.activeIndex>0?1:0,this.checkActiveIndex()}clickHandler(e){var t;if(!this.multiple)return super.clickHandler(e);let o=(t=e.target)===null||t===void 0?void 0:t.closest("[role=option]");if(!(!o||o.disabled))return this.uncheckAllOptions(),this.activeIndex=this.options.indexOf(o),this.checkActiveIndex(),this.toggleSelectedForAllCheckedOptions(),!0}focusAndScrollOptionIntoView(){super.focusAndScrollOptionIntoView(this.activeOption)}focusinHandler(e){if(!this.multiple)return super.focusinHandler(e);!this.shouldSkipFocus&&e.target===e.currentTarget&&(this.uncheckAllOptions(),this.activeIndex===-1&&(this.activeIndex=this.firstSelectedOptionIndex!==-1?this.firstSelectedOptionIndex:0),this.checkActiveIndex(),this.setSelectedOptions(),this.focusAndScrollOptionIntoView()),this.shouldSkipFocus=!1}focusoutHandler(e){this.multiple&&this.uncheckAllOptions()}keydownHandler(e){if(!this.multiple)return super.keydownHandler(e);if(this.disabled)return!0;let{key:t,shiftKey:o}=e;switch(this.shouldSkipFocus=!1,t){case ut:{this.checkFirstOption(o);return}case je:{this.checkNextOption(o);return}case qe:{this.checkPreviousOption(o);return}case pt:{this.checkLastOption(o);return}case cr:return this.focusAndScrollOptionIntoView(),!0;case ai:return this.uncheckAllOptions(),this.checkActiveIndex(),!0;case li:if(e.preventDefault(),this.typeAheadExpired){this.toggleSelectedForAllCheckedOptions();return}default:return t.length===1&&this.handleTypeAhead(`${t}`),!0}}mousedownHandler(e){if(e.offsetX>=0&&e.offsetX<=this.scrollWidth)return super.mousedownHandler(e)}multipleChanged(e,t){var o;this.ariaMultiSelectable=t?"true":null,(o=this.options)===null||o===void 0||o.forEach(r=>{r.checked=t?!1:void 0}),this.setSelectedOptions()}setSelectedOptions(){if(!this.multiple){super.setSelectedOptions();return}this.$fastController.isConnected&&this.options&&(this.selectedOptions=this.options.filter(e=>e.selected),this.focusAndScrollOptionIntoView())}sizeChanged(e,t){var o;let r=Math.max(0,parseInt((o=t?.toFixed())!==null&&o!==void 0?o:"",10));r!==t&&I.queueUpdate(()=>{this.size=r})}toggleSelectedForAllCheckedOptions(){let e=this.checkedOptions.filter(o=>!o.disabled),t=!e.every(o=>o.selected);e.forEach(o=>o.selected=t),this.selectedIndex=this.options.indexOf(e[e.length-1]),this.setSelectedOptions()}typeaheadBufferChanged(e,t){if(!this.multiple){super.typeaheadBufferChanged(e,t);return}if(this.$fastController.isConnected){let o=this.getTypeaheadMatches(),r=this.options.indexOf(o[0]);r>-1&&(this.activeIndex=r,this.uncheckAllOptions(),this.checkActiveIndex()),this.typeAheadExpired=!1}}uncheckAllOptions(e=!1){this.options.forEach(t=>t.checked=this.multiple?!1:void 0),e||(this.rangeStartIndex=-1)}};p([b],Eo.prototype,"activeIndex",void 0);p([f({mode:"boolean"})],Eo.prototype,"multiple",void 0);p([f({converter:P})],Eo.prototype,"size",void 0)});var sx,nx=d(()=>{x();id();sx=(i,e)=>C`
    <template
        aria-activedescendant="${t=>t.ariaActiveDescendant}"
        aria-multiselectable="${t=>t.ariaMultiSelectable}"
        class="listbox"
        role="listbox"
        tabindex="${t=>t.disabled?null:"0"}"
        @click="${(t,o)=>t.clickHandler(o.event)}"
        @focusin="${(t,o)=>t.focusinHandler(o.event)}"
        @keydown="${(t,o)=>t.keydownHandler(o.event)}"
        @mousedown="${(t,o)=>t.mousedownHandler(o.event)}"
    >
        <slot
            ${ie({filter:Eo.slottedOptionFilter,flatten:!0,property:"slottedOptions"})}
        ></slot>
    </template>
`});var ax=d(()=>{mr();id();nx()});var sn,lx=d(()=>{Y();N();x();oe();sn=class extends R{constructor(){super(...arguments),this.optionElements=[]}menuElementsChanged(){this.updateOptions()}headerElementsChanged(){this.updateOptions()}footerElementsChanged(){this.updateOptions()}updateOptions(){this.optionElements.splice(0,this.optionElements.length),this.addSlottedListItems(this.headerElements),this.addSlottedListItems(this.menuElements),this.addSlottedListItems(this.footerElements),this.$emit("optionsupdated",{bubbles:!1})}addSlottedListItems(e){e!==void 0&&e.forEach(t=>{t.nodeType===1&&t.getAttribute("role")==="listitem"&&(t.id=t.id||vi("option-"),this.optionElements.push(t))})}};p([b],sn.prototype,"menuElements",void 0);p([b],sn.prototype,"headerElements",void 0);p([b],sn.prototype,"footerElements",void 0);p([b],sn.prototype,"suggestionsAvailableText",void 0)});var LS,nn,kf=d(()=>{Y();x();oe();LS=C`
    <template>
        ${i=>i.value}
    </template>
`,nn=class extends R{contentsTemplateChanged(){this.$fastController.isConnected&&this.updateView()}connectedCallback(){super.connectedCallback(),this.updateView()}disconnectedCallback(){super.disconnectedCallback(),this.disconnectView()}handleClick(e){return e.defaultPrevented||this.handleInvoked(),!1}handleInvoked(){this.$emit("pickeroptioninvoked")}updateView(){var e,t;this.disconnectView(),this.customView=(t=(e=this.contentsTemplate)===null||e===void 0?void 0:e.render(this,this))!==null&&t!==void 0?t:LS.render(this,this)}disconnectView(){var e;(e=this.customView)===null||e===void 0||e.dispose(),this.customView=void 0}};p([f({attribute:"value"})],nn.prototype,"value",void 0);p([b],nn.prototype,"contentsTemplate",void 0)});var cx=d(()=>{});var DS,an,_f=d(()=>{Y();x();N();oe();DS=C`
    <template>
        ${i=>i.value}
    </template>
`,an=class extends R{contentsTemplateChanged(){this.$fastController.isConnected&&this.updateView()}connectedCallback(){super.connectedCallback(),this.updateView()}disconnectedCallback(){this.disconnectView(),super.disconnectedCallback()}handleKeyDown(e){return e.defaultPrevented?!1:e.key===it?(this.handleInvoke(),!1):!0}handleClick(e){return e.defaultPrevented||this.handleInvoke(),!1}handleInvoke(){this.$emit("pickeriteminvoked")}updateView(){var e,t;this.disconnectView(),this.customView=(t=(e=this.contentsTemplate)===null||e===void 0?void 0:e.render(this,this))!==null&&t!==void 0?t:DS.render(this,this)}disconnectView(){var e;(e=this.customView)===null||e===void 0||e.dispose(),this.customView=void 0}};p([f({attribute:"value"})],an.prototype,"value",void 0);p([b],an.prototype,"contentsTemplate",void 0)});var dx=d(()=>{});var Rf,od,hx=d(()=>{ci();oe();Rf=class extends R{},od=class extends gt(Rf){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var ES,ve,ux=d(()=>{Y();x();N();Zp();kf();_f();hx();ES=C`
    <input
        slot="input-region"
        role="combobox"
        type="text"
        autocapitalize="off"
        autocomplete="off"
        haspopup="list"
        aria-label="${i=>i.label}"
        aria-labelledby="${i=>i.labelledBy}"
        placeholder="${i=>i.placeholder}"
        ${X("inputElement")}
    ></input>
`,ve=class extends od{constructor(){super(...arguments),this.selection="",this.filterSelected=!0,this.filterQuery=!0,this.noSuggestionsText="No suggestions available",this.suggestionsAvailableText="Suggestions available",this.loadingText="Loading suggestions",this.menuPlacement="bottom-fill",this.showLoading=!1,this.optionsList=[],this.filteredOptionsList=[],this.flyoutOpen=!1,this.menuFocusIndex=-1,this.showNoOptions=!1,this.selectedItems=[],this.inputElementView=null,this.handleTextInput=e=>{this.query=this.inputElement.value},this.handleInputClick=e=>{e.preventDefault(),this.toggleFlyout(!0)},this.setRegionProps=()=>{if(this.flyoutOpen){if(this.region===null||this.region===void 0){I.queueUpdate(this.setRegionProps);return}this.region.anchorElement=this.inputElement}},this.configLookup={top:jp,bottom:qp,tallest:Gp,"top-fill":Tb,"bottom-fill":Wp,"tallest-fill":Ib}}selectionChanged(){this.$fastController.isConnected&&(this.handleSelectionChange(),this.proxy instanceof HTMLInputElement&&(this.proxy.value=this.selection,this.validate()))}optionsChanged(){this.optionsList=this.options.split(",").map(e=>e.trim()).filter(e=>e!=="")}menuPlacementChanged(){this.$fastController.isConnected&&this.updateMenuConfig()}showLoadingChanged(){this.$fastController.isConnected&&I.queueUpdate(()=>{this.setFocusedOption(0)})}listItemTemplateChanged(){this.updateListItemTemplate()}defaultListItemTemplateChanged(){this.updateListItemTemplate()}menuOptionTemplateChanged(){this.updateOptionTemplate()}defaultMenuOptionTemplateChanged(){this.updateOptionTemplate()}optionsListChanged(){this.updateFilteredOptions()}queryChanged(){this.$fastController.isConnected&&(this.inputElement.value!==this.query&&(this.inputElement.value=this.query),this.updateFilteredOptions(),this.$emit("querychange",{bubbles:!1}))}filteredOptionsListChanged(){this.$fastController.isConnected&&(this.showNoOptions=this.filteredOptionsList.length===0&&this.menuElement.querySelectorAll('[role="listitem"]').length===0,this.setFocusedOption(this.showNoOptions?-1:0))}flyoutOpenChanged(){this.flyoutOpen?(I.queueUpdate(this.setRegionProps),this.$emit("menuopening",{bubbles:!1})):this.$emit("menuclosing",{bubbles:!1})}showNoOptionsChanged(){this.$fastController.isConnected&&I.queueUpdate(()=>{this.setFocusedOption(0)})}connectedCallback(){super.connectedCallback(),this.listElement=document.createElement(this.selectedListTag),this.appendChild(this.listElement),this.itemsPlaceholderElement=document.createComment(""),this.listElement.append(this.itemsPlaceholderElement),this.inputElementView=ES.render(this,this.listElement);let e=this.menuTag.toUpperCase();this.menuElement=Array.from(this.children).find(t=>t.tagName===e),this.menuElement===void 0&&(this.menuElement=document.createElement(this.menuTag),this.appendChild(this.menuElement)),this.menuElement.id===""&&(this.menuElement.id=vi("listbox-")),this.menuId=this.menuElement.id,this.optionsPlaceholder=document.createComment(""),this.menuElement.append(this.optionsPlaceholder),this.updateMenuConfig(),I.queueUpdate(()=>this.initialize())}disconnectedCallback(){super.disconnectedCallback(),this.toggleFlyout(!1),this.inputElement.removeEventListener("input",this.handleTextInput),this.inputElement.removeEventListener("click",this.handleInputClick),this.inputElementView!==null&&(this.inputElementView.dispose(),this.inputElementView=null)}focus(){this.inputElement.focus()}initialize(){this.updateListItemTemplate(),this.updateOptionTemplate(),this.itemsRepeatBehavior=new Fo(e=>e.selectedItems,e=>e.activeListItemTemplate,{positioning:!0}).createBehavior(this.itemsPlaceholderElement),this.inputElement.addEventListener("input",this.handleTextInput),this.inputElement.addEventListener("click",this.handleInputClick),this.$fastController.addBehaviors([this.itemsRepeatBehavior]),this.menuElement.suggestionsAvailableText=this.suggestionsAvailableText,this.menuElement.addEventListener("optionsupdated",this.handleMenuOptionsUpdated),this.optionsRepeatBehavior=new Fo(e=>e.filteredOptionsList,e=>e.activeMenuOptionTemplate,{positioning:!0}).createBehavior(this.optionsPlaceholder),this.$fastController.addBehaviors([this.optionsRepeatBehavior]),this.handleSelectionChange()}toggleFlyout(e){if(this.flyoutOpen!==e){if(e&&document.activeElement===this.inputElement){this.flyoutOpen=e,I.queueUpdate(()=>{this.menuElement!==void 0?this.setFocusedOption(0):this.disableMenu()});return}this.flyoutOpen=!1,this.disableMenu()}}handleMenuOptionsUpdated(e){e.preventDefault(),this.flyoutOpen&&this.setFocusedOption(0)}handleKeyDown(e){if(e.defaultPrevented)return!1;switch(e.key){case je:{if(!this.flyoutOpen)this.toggleFlyout(!0);else{let t=this.flyoutOpen?Math.min(this.menuFocusIndex+1,this.menuElement.optionElements.length-1):0;this.setFocusedOption(t)}return!1}case qe:{if(!this.flyoutOpen)this.toggleFlyout(!0);else{let t=this.flyoutOpen?Math.max(this.menuFocusIndex-1,0):0;this.setFocusedOption(t)}return!1}case ai:return this.toggleFlyout(!1),!1;case it:return this.menuFocusIndex!==-1&&this.menuElement.optionElements.length>this.menuFocusIndex&&this.menuElement.optionElements[this.menuFocusIndex].click(),!1;case jt:return document.activeElement!==this.inputElement?(this.incrementFocusedItem(1),!1):!0;case Ut:return this.inputElement.selectionStart===0?(this.incrementFocusedItem(-1),!1):!0;case fb:case pb:{if(document.activeElement===null)return!0;if(document.activeElement===this.inputElement)return this.inputElement.selectionStart===0?(this.selection=this.selectedItems.slice(0,this.selectedItems.length-1).toString(),this.toggleFlyout(!1),!1):!0;let t=Array.from(this.listElement.children),o=t.indexOf(document.activeElement);return o>-1?(this.selection=this.selectedItems.splice(o,1).toString(),I.queueUpdate(()=>{t[Math.min(t.length,o)].focus()}),!1):!0}}return this.toggleFlyout(!0),!0}handleFocusIn(e){return!1}handleFocusOut(e){return(this.menuElement===void 0||!this.menuElement.contains(e.relatedTarget))&&this.toggleFlyout(!1),!1}handleSelectionChange(){this.selectedItems.toString()!==this.selection&&(this.selectedItems=this.selection===""?[]:this.selection.split(","),this.updateFilteredOptions(),I.queueUpdate(()=>{this.checkMaxItems()}),this.$emit("selectionchange",{bubbles:!1}))}handleRegionLoaded(e){I.queueUpdate(()=>{this.setFocusedOption(0),this.$emit("menuloaded",{bubbles:!1})})}checkMaxItems(){if(this.inputElement!==void 0)if(this.maxSelected!==void 0&&this.selectedItems.length>=this.maxSelected){if(document.activeElement===this.inputElement){let e=Array.from(this.listElement.querySelectorAll("[role='listitem']"));e[e.length-1].focus()}this.inputElement.hidden=!0}else this.inputElement.hidden=!1}handleItemInvoke(e){if(e.defaultPrevented)return!1;if(e.target instanceof an){let o=Array.from(this.listElement.querySelectorAll("[role='listitem']")).indexOf(e.target);if(o!==-1){let r=this.selectedItems.slice();r.splice(o,1),this.selection=r.toString(),I.queueUpdate(()=>this.incrementFocusedItem(0))}return!1}return!0}handleOptionInvoke(e){return e.defaultPrevented?!1:e.target instanceof nn?(e.target.value!==void 0&&(this.selection=`${this.selection}${this.selection===""?"":","}${e.target.value}`),this.inputElement.value="",this.query="",this.inputElement.focus(),this.toggleFlyout(!1),!1):!0}incrementFocusedItem(e){if(this.selectedItems.length===0){this.inputElement.focus();return}let t=Array.from(this.listElement.querySelectorAll("[role='listitem']"));if(document.activeElement!==null){let o=t.indexOf(document.activeElement);o===-1&&(o=t.length);let r=Math.min(t.length,Math.max(0,o+e));r===t.length?this.maxSelected!==void 0&&this.selectedItems.length>=this.maxSelected?t[r-1].focus():this.inputElement.focus():t[r].focus()}}disableMenu(){var e,t,o;this.menuFocusIndex=-1,this.menuFocusOptionId=void 0,(e=this.inputElement)===null||e===void 0||e.removeAttribute("aria-activedescendant"),(t=this.inputElement)===null||t===void 0||t.removeAttribute("aria-owns"),(o=this.inputElement)===null||o===void 0||o.removeAttribute("aria-expanded")}setFocusedOption(e){if(!this.flyoutOpen||e===-1||this.showNoOptions||this.showLoading){this.disableMenu();return}if(this.menuElement.optionElements.length===0)return;this.menuElement.optionElements.forEach(o=>{o.setAttribute("aria-selected","false")}),this.menuFocusIndex=e,this.menuFocusIndex>this.menuElement.optionElements.length-1&&(this.menuFocusIndex=this.menuElement.optionElements.length-1),this.menuFocusOptionId=this.menuElement.optionElements[this.menuFocusIndex].id,this.inputElement.setAttribute("aria-owns",this.menuId),this.inputElement.setAttribute("aria-expanded","true"),this.inputElement.setAttribute("aria-activedescendant",this.menuFocusOptionId);let t=this.menuElement.optionElements[this.menuFocusIndex];t.setAttribute("aria-selected","true"),this.menuElement.scrollTo(0,t.offsetTop)}updateListItemTemplate(){var e;this.activeListItemTemplate=(e=this.listItemTemplate)!==null&&e!==void 0?e:this.defaultListItemTemplate}updateOptionTemplate(){var e;this.activeMenuOptionTemplate=(e=this.menuOptionTemplate)!==null&&e!==void 0?e:this.defaultMenuOptionTemplate}updateFilteredOptions(){this.filteredOptionsList=this.optionsList.slice(0),this.filterSelected&&(this.filteredOptionsList=this.filteredOptionsList.filter(e=>this.selectedItems.indexOf(e)===-1)),this.filterQuery&&this.query!==""&&this.query!==void 0&&(this.filteredOptionsList=this.filteredOptionsList.filter(e=>e.indexOf(this.query)!==-1))}updateMenuConfig(){let e=this.configLookup[this.menuPlacement];e===null&&(e=Wp),this.menuConfig=Object.assign(Object.assign({},e),{autoUpdateMode:"auto",fixedPlacement:!0,horizontalViewportLock:!1,verticalViewportLock:!1})}};p([f({attribute:"selection"})],ve.prototype,"selection",void 0);p([f({attribute:"options"})],ve.prototype,"options",void 0);p([f({attribute:"filter-selected",mode:"boolean"})],ve.prototype,"filterSelected",void 0);p([f({attribute:"filter-query",mode:"boolean"})],ve.prototype,"filterQuery",void 0);p([f({attribute:"max-selected"})],ve.prototype,"maxSelected",void 0);p([f({attribute:"no-suggestions-text"})],ve.prototype,"noSuggestionsText",void 0);p([f({attribute:"suggestions-available-text"})],ve.prototype,"suggestionsAvailableText",void 0);p([f({attribute:"loading-text"})],ve.prototype,"loadingText",void 0);p([f({attribute:"label"})],ve.prototype,"label",void 0);p([f({attribute:"labelledby"})],ve.prototype,"labelledBy",void 0);p([f({attribute:"placeholder"})],ve.prototype,"placeholder",void 0);p([f({attribute:"menu-placement"})],ve.prototype,"menuPlacement",void 0);p([b],ve.prototype,"showLoading",void 0);p([b],ve.prototype,"listItemTemplate",void 0);p([b],ve.prototype,"defaultListItemTemplate",void 0);p([b],ve.prototype,"activeListItemTemplate",void 0);p([b],ve.prototype,"menuOptionTemplate",void 0);p([b],ve.prototype,"defaultMenuOptionTemplate",void 0);p([b],ve.prototype,"activeMenuOptionTemplate",void 0);p([b],ve.prototype,"listItemContentsTemplate",void 0);p([b],ve.prototype,"menuOptionContentsTemplate",void 0);p([b],ve.prototype,"optionsList",void 0);p([b],ve.prototype,"query",void 0);p([b],ve.prototype,"filteredOptionsList",void 0);p([b],ve.prototype,"flyoutOpen",void 0);p([b],ve.prototype,"menuId",void 0);p([b],ve.prototype,"selectedListTag",void 0);p([b],ve.prototype,"menuTag",void 0);p([b],ve.prototype,"menuFocusIndex",void 0);p([b],ve.prototype,"menuFocusOptionId",void 0);p([b],ve.prototype,"showNoOptions",void 0);p([b],ve.prototype,"menuConfig",void 0);p([b],ve.prototype,"selectedItems",void 0)});var px=d(()=>{});var fx=d(()=>{});var mx=d(()=>{});var gx=d(()=>{});var vx=d(()=>{dx();ux();px();lx();fx();kf();mx();cx();gx();_f()});var kt,Ff,bx=d(()=>{kt={menuitem:"menuitem",menuitemcheckbox:"menuitemcheckbox",menuitemradio:"menuitemradio"},Ff={[kt.menuitem]:"menuitem",[kt.menuitemcheckbox]:"menuitemcheckbox",[kt.menuitemradio]:"menuitemradio"}});var _t,Tf=d(()=>{Y();x();N();oe();Ue();ur();$t();bx();_t=class extends R{constructor(){super(...arguments),this.role=kt.menuitem,this.hasSubmenu=!1,this.currentDirection=de.ltr,this.focusSubmenuOnLoad=!1,this.handleMenuItemKeyDown=e=>{if(e.defaultPrevented)return!1;switch(e.key){case it:case li:return this.invoke(),!1;case jt:return this.expandAndFocus(),!1;case Ut:if(this.expanded)return this.expanded=!1,this.focus(),!1}return!0},this.handleMenuItemClick=e=>(e.defaultPrevented||this.disabled||this.invoke(),!1),this.submenuLoaded=()=>{this.focusSubmenuOnLoad&&(this.focusSubmenuOnLoad=!1,this.hasSubmenu&&(this.submenu.focus(),this.setAttribute("tabindex","-1")))},this.handleMouseOver=e=>(this.disabled||!this.hasSubmenu||this.expanded||(this.expanded=!0),!1),this.handleMouseOut=e=>(!this.expanded||this.contains(document.activeElement)||(this.expanded=!1),!1),this.expandAndFocus=()=>{this.hasSubmenu&&(this.focusSubmenuOnLoad=!0,this.expanded=!0)},this.invoke=()=>{if(!this.disabled)switch(this.role){case kt.menuitemcheckbox:this.checked=!this.checked;break;case kt.menuitem:this.updateSubmenu(),this.hasSubmenu?this.expandAndFocus():this.$emit("change");break;case kt.menuitemradio:this.checked||(this.checked=!0);break}},this.updateSubmenu=()=>{this.submenu=this.domChildren().find(e=>e.getAttribute("role")==="menu"),this.hasSubmenu=this.submenu!==void 0}}expandedChanged(e){if(this.$fastController.isConnected){if(this.submenu===void 0)return;this.expanded===!1?this.submenu.collapseExpandedItem():this.currentDirection=bi(this),this.$emit("expanded-change",this,{bubbles:!1})}}checkedChanged(e,t){this.$fastController.isConnected&&this.$emit("change")}connectedCallback(){super.connectedCallback(),I.queueUpdate(()=>{this.updateSubmenu()}),this.startColumnCount||(this.startColumnCount=1),this.observer=new MutationObserver(this.updateSubmenu)}disconnectedCallback(){super.disconnectedCallback(),this.submenu=void 0,this.observer!==void 0&&(this.observer.disconnect(),this.observer=void 0)}domChildren(){return Array.from(this.children).filter(e=>!e.hasAttribute("hidden"))}};p([f({mode:"boolean"})],_t.prototype,"disabled",void 0);p([f({mode:"boolean"})],_t.prototype,"expanded",void 0);p([b],_t.prototype,"startColumnCount",void 0);p([f],_t.prototype,"role",void 0);p([f({mode:"boolean"})],_t.prototype,"checked",void 0);p([b],_t.prototype,"submenuRegion",void 0);p([b],_t.prototype,"hasSubmenu",void 0);p([b],_t.prototype,"currentDirection",void 0);p([b],_t.prototype,"submenu",void 0);ae(_t,ke)});var yx,xx=d(()=>{x();jc();Ue();Tf();yx=(i,e)=>C`
    <template
        role="${t=>t.role}"
        aria-haspopup="${t=>t.hasSubmenu?"menu":void 0}"
        aria-checked="${t=>t.role!==kt.menuitem?t.checked:void 0}"
        aria-disabled="${t=>t.disabled}"
        aria-expanded="${t=>t.expanded}"
        @keydown="${(t,o)=>t.handleMenuItemKeyDown(o.event)}"
        @click="${(t,o)=>t.handleMenuItemClick(o.event)}"
        @mouseover="${(t,o)=>t.handleMouseOver(o.event)}"
        @mouseout="${(t,o)=>t.handleMouseOut(o.event)}"
        class="${t=>t.disabled?"disabled":""} ${t=>t.expanded?"expanded":""} ${t=>`indent-${t.startColumnCount}`}"
    >
            ${ue(t=>t.role===kt.menuitemcheckbox,C`
                    <div part="input-container" class="input-container">
                        <span part="checkbox" class="checkbox">
                            <slot name="checkbox-indicator">
                                ${e.checkboxIndicator||""}
                            </slot>
                        </span>
                    </div>
                `)}
            ${ue(t=>t.role===kt.menuitemradio,C`
                    <div part="input-container" class="input-container">
                        <span part="radio" class="radio">
                            <slot name="radio-indicator">
                                ${e.radioIndicator||""}
                            </slot>
                        </span>
                    </div>
                `)}
        </div>
        ${Re(i,e)}
        <span class="content" part="content">
            <slot></slot>
        </span>
        ${_e(i,e)}
        ${ue(t=>t.hasSubmenu,C`
                <div
                    part="expand-collapse-glyph-container"
                    class="expand-collapse-glyph-container"
                >
                    <span part="expand-collapse" class="expand-collapse">
                        <slot name="expand-collapse-indicator">
                            ${e.expandCollapseGlyph||""}
                        </slot>
                    </span>
                </div>
            `)}
        ${ue(t=>t.expanded,C`
                <${i.tagFor(K)}
                    :anchorElement="${t=>t}"
                    vertical-positioning-mode="dynamic"
                    vertical-default-position="bottom"
                    vertical-inset="true"
                    horizontal-positioning-mode="dynamic"
                    horizontal-default-position="end"
                    class="submenu-region"
                    dir="${t=>t.currentDirection}"
                    @loaded="${t=>t.submenuLoaded()}"
                    ${X("submenuRegion")}
                    part="submenu-region"
                >
                    <slot name="submenu"></slot>
                </${i.tagFor(K)}>
            `)}
    </template>
`});var If=d(()=>{xx();Tf()});var wx,Cx=d(()=>{x();wx=(i,e)=>C`
    <template
        slot="${t=>t.slot?t.slot:t.isNestedMenu()?"submenu":void 0}"
        role="menu"
        @keydown="${(t,o)=>t.handleMenuKeyDown(o.event)}"
        @focusout="${(t,o)=>t.handleFocusOut(o.event)}"
    >
        <slot ${ie("items")}></slot>
    </template>
`});var ds,$x=d(()=>{Y();x();N();If();oe();ds=class i extends R{constructor(){super(...arguments),this.expandedItem=null,this.focusIndex=-1,this.isNestedMenu=()=>this.parentElement!==null&&ao(this.parentElement)&&this.parentElement.getAttribute("role")==="menuitem",this.handleFocusOut=e=>{if(!this.contains(e.relatedTarget)&&this.menuItems!==void 0){this.collapseExpandedItem();let t=this.menuItems.findIndex(this.isFocusableElement);this.menuItems[this.focusIndex].setAttribute("tabindex","-1"),this.menuItems[t].setAttribute("tabindex","0"),this.focusIndex=t}},this.handleItemFocus=e=>{let t=e.target;this.menuItems!==void 0&&t!==this.menuItems[this.focusIndex]&&(this.menuItems[this.focusIndex].setAttribute("tabindex","-1"),this.focusIndex=this.menuItems.indexOf(t),t.setAttribute("tabindex","0"))},this.handleExpandedChanged=e=>{if(e.defaultPrevented||e.target===null||this.menuItems===void 0||this.menuItems.indexOf(e.target)<0)return;e.preventDefault();let t=e.target;if(this.expandedItem!==null&&t===this.expandedItem&&t.expanded===!1){this.expandedItem=null;return}t.expanded&&(this.expandedItem!==null&&this.expandedItem!==t&&(this.expandedItem.expanded=!1),this.menuItems[this.focusIndex].setAttribute("tabindex","-1"),this.expandedItem=t,this.focusIndex=this.menuItems.indexOf(t),t.setAttribute("tabindex","0"))},this.removeItemListeners=()=>{this.menuItems!==void 0&&this.menuItems.forEach(e=>{e.removeEventListener("expanded-change",this.handleExpandedChanged),e.removeEventListener("focus",this.handleItemFocus)})},this.setItems=()=>{let e=this.domChildren();this.removeItemListeners(),this.menuItems=e;let t=this.menuItems.filter(this.isMenuItemElement);t.length&&(this.focusIndex=0);function o(s){let n=s.getAttribute("role"),a=s.querySelector("[slot=start]");return n!==kt.menuitem&&a===null||n===kt.menuitem&&a!==null?1:n!==kt.menuitem&&a!==null?2:0}let r=t.reduce((s,n)=>{let a=o(n);return s>a?s:a},0);t.forEach((s,n)=>{s.setAttribute("tabindex",n===0?"0":"-1"),s.addEventListener("expanded-change",this.handleExpandedChanged),s.addEventListener("focus",this.handleItemFocus),(s instanceof _t||"startColumnCount"in s)&&(s.startColumnCount=r)})},this.changeHandler=e=>{if(this.menuItems===void 0)return;let t=e.target,o=this.menuItems.indexOf(t);if(o!==-1&&t.role==="menuitemradio"&&t.checked===!0){for(let s=o-1;s>=0;--s){let n=this.menuItems[s],a=n.getAttribute("role");if(a===kt.menuitemradio&&(n.checked=!1),a==="separator")break}let r=this.menuItems.length-1;for(let s=o+1;s<=r;++s){let n=this.menuItems[s],a=n.getAttribute("role");if(a===kt.menuitemradio&&(n.checked=!1),a==="separator")break}}},this.isMenuItemElement=e=>ao(e)&&i.focusableElementRoles.hasOwnProperty(e.getAttribute("role")),this.isFocusableElement=e=>this.isMenuItemElement(e)}itemsChanged(e,t){this.$fastController.isConnected&&this.menuItems!==void 0&&this.setItems()}connectedCallback(){super.connectedCallback(),I.queueUpdate(()=>{this.setItems()}),this.addEventListener("change",this.changeHandler)}disconnectedCallback(){super.disconnectedCallback(),this.removeItemListeners(),this.menuItems=void 0,this.removeEventListener("change",this.changeHandler)}focus(){this.setFocus(0,1)}collapseExpandedItem(){this.expandedItem!==null&&(this.expandedItem.expanded=!1,this.expandedItem=null)}handleMenuKeyDown(e){if(!(e.defaultPrevented||this.menuItems===void 0))switch(e.key){case je:this.setFocus(this.focusIndex+1,1);return;case qe:this.setFocus(this.focusIndex-1,-1);return;case pt:this.setFocus(this.menuItems.length-1,-1);return;case ut:this.setFocus(0,1);return;default:return!0}}domChildren(){return Array.from(this.children).filter(e=>!e.hasAttribute("hidden"))}setFocus(e,t){if(this.menuItems!==void 0)for(;e>=0&&e<this.menuItems.length;){let o=this.menuItems[e];if(this.isFocusableElement(o)){this.focusIndex>-1&&this.menuItems.length>=this.focusIndex-1&&this.menuItems[this.focusIndex].setAttribute("tabindex","-1"),this.focusIndex=e,o.setAttribute("tabindex","0"),o.focus();break}e+=t}}};ds.focusableElementRoles=Ff;p([b],ds.prototype,"items",void 0)});var Sx=d(()=>{Cx();$x()});var kx,_x=d(()=>{x();Ue();kx=(i,e)=>C`
    <template class="${t=>t.readOnly?"readonly":""}">
        <label
            part="label"
            for="control"
            class="${t=>t.defaultSlottedNodes&&t.defaultSlottedNodes.length?"label":"label label__hidden"}"
        >
            <slot ${ie("defaultSlottedNodes")}></slot>
        </label>
        <div class="root" part="root">
            ${Re(i,e)}
            <input
                class="control"
                part="control"
                id="control"
                @input="${t=>t.handleTextInput()}"
                @change="${t=>t.handleChange()}"
                @keydown="${(t,o)=>t.handleKeyDown(o.event)}"
                @blur="${(t,o)=>t.handleBlur()}"
                ?autofocus="${t=>t.autofocus}"
                ?disabled="${t=>t.disabled}"
                list="${t=>t.list}"
                maxlength="${t=>t.maxlength}"
                minlength="${t=>t.minlength}"
                placeholder="${t=>t.placeholder}"
                ?readonly="${t=>t.readOnly}"
                ?required="${t=>t.required}"
                size="${t=>t.size}"
                type="text"
                inputmode="numeric"
                min="${t=>t.min}"
                max="${t=>t.max}"
                step="${t=>t.step}"
                aria-atomic="${t=>t.ariaAtomic}"
                aria-busy="${t=>t.ariaBusy}"
                aria-controls="${t=>t.ariaControls}"
                aria-current="${t=>t.ariaCurrent}"
                aria-describedby="${t=>t.ariaDescribedby}"
                aria-details="${t=>t.ariaDetails}"
                aria-disabled="${t=>t.ariaDisabled}"
                aria-errormessage="${t=>t.ariaErrormessage}"
                aria-flowto="${t=>t.ariaFlowto}"
                aria-haspopup="${t=>t.ariaHaspopup}"
                aria-hidden="${t=>t.ariaHidden}"
                aria-invalid="${t=>t.ariaInvalid}"
                aria-keyshortcuts="${t=>t.ariaKeyshortcuts}"
                aria-label="${t=>t.ariaLabel}"
                aria-labelledby="${t=>t.ariaLabelledby}"
                aria-live="${t=>t.ariaLive}"
                aria-owns="${t=>t.ariaOwns}"
                aria-relevant="${t=>t.ariaRelevant}"
                aria-roledescription="${t=>t.ariaRoledescription}"
                ${X("control")}
            />
            ${ue(t=>!t.hideStep&&!t.readOnly&&!t.disabled,C`
                    <div class="controls" part="controls">
                        <div class="step-up" part="step-up" @click="${t=>t.stepUp()}">
                            <slot name="step-up-glyph">
                                ${e.stepUpGlyph||""}
                            </slot>
                        </div>
                        <div
                            class="step-down"
                            part="step-down"
                            @click="${t=>t.stepDown()}"
                        >
                            <slot name="step-down-glyph">
                                ${e.stepDownGlyph||""}
                            </slot>
                        </div>
                    </div>
                `)}
            ${_e(i,e)}
        </div>
    </template>
`});var Lf,rd,Rx=d(()=>{ci();oe();Lf=class extends R{},rd=class extends gt(Lf){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var Fx,Tx=d(()=>{Fx={email:"email",password:"password",tel:"tel",text:"text",url:"url"}});var Ot,yr,sd=d(()=>{Y();x();os();$t();Rx();Tx();Ot=class extends rd{constructor(){super(...arguments),this.type=Fx.text}readOnlyChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.readOnly=this.readOnly,this.validate())}autofocusChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.autofocus=this.autofocus,this.validate())}placeholderChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.placeholder=this.placeholder)}typeChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.type=this.type,this.validate())}listChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.setAttribute("list",this.list),this.validate())}maxlengthChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.maxLength=this.maxlength,this.validate())}minlengthChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.minLength=this.minlength,this.validate())}patternChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.pattern=this.pattern,this.validate())}sizeChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.size=this.size)}spellcheckChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.spellcheck=this.spellcheck)}connectedCallback(){super.connectedCallback(),this.proxy.setAttribute("type",this.type),this.validate(),this.autofocus&&I.queueUpdate(()=>{this.focus()})}select(){this.control.select(),this.$emit("select")}handleTextInput(){this.value=this.control.value}handleChange(){this.$emit("change")}validate(){super.validate(this.control)}};p([f({attribute:"readonly",mode:"boolean"})],Ot.prototype,"readOnly",void 0);p([f({mode:"boolean"})],Ot.prototype,"autofocus",void 0);p([f],Ot.prototype,"placeholder",void 0);p([f],Ot.prototype,"type",void 0);p([f],Ot.prototype,"list",void 0);p([f({converter:P})],Ot.prototype,"maxlength",void 0);p([f({converter:P})],Ot.prototype,"minlength",void 0);p([f],Ot.prototype,"pattern",void 0);p([f({converter:P})],Ot.prototype,"size",void 0);p([f({mode:"boolean"})],Ot.prototype,"spellcheck",void 0);p([b],Ot.prototype,"defaultSlottedNodes",void 0);yr=class{};ae(yr,ge);ae(Ot,ke,yr)});var Df,nd,Ix=d(()=>{ci();oe();Df=class extends R{},nd=class extends gt(Df){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var Rt,Lx=d(()=>{Y();x();N();Ue();$t();sd();Ix();Rt=class extends nd{constructor(){super(...arguments),this.hideStep=!1,this.step=1,this.isUserInput=!1}maxChanged(e,t){var o;this.max=Math.max(t,(o=this.min)!==null&&o!==void 0?o:t);let r=Math.min(this.min,this.max);this.min!==void 0&&this.min!==r&&(this.min=r),this.value=this.getValidValue(this.value)}minChanged(e,t){var o;this.min=Math.min(t,(o=this.max)!==null&&o!==void 0?o:t);let r=Math.max(this.min,this.max);this.max!==void 0&&this.max!==r&&(this.max=r),this.value=this.getValidValue(this.value)}get valueAsNumber(){return parseFloat(super.value)}set valueAsNumber(e){this.value=e.toString()}valueChanged(e,t){this.value=this.getValidValue(t),t===this.value&&(this.control&&!this.isUserInput&&(this.control.value=this.value),super.valueChanged(e,this.value),e!==void 0&&!this.isUserInput&&(this.$emit("input"),this.$emit("change")),this.isUserInput=!1)}validate(){super.validate(this.control)}getValidValue(e){var t,o;let r=parseFloat(parseFloat(e).toPrecision(12));return isNaN(r)?r="":(r=Math.min(r,(t=this.max)!==null&&t!==void 0?t:r),r=Math.max(r,(o=this.min)!==null&&o!==void 0?o:r).toString()),r}stepUp(){let e=parseFloat(this.value),t=isNaN(e)?this.min>0?this.min:this.max<0?this.max:this.min?0:this.step:e+this.step;this.value=t.toString()}stepDown(){let e=parseFloat(this.value),t=isNaN(e)?this.min>0?this.min:this.max<0?this.max:this.min?0:0-this.step:e-this.step;this.value=t.toString()}connectedCallback(){super.connectedCallback(),this.proxy.setAttribute("type","number"),this.validate(),this.control.value=this.value,this.autofocus&&I.queueUpdate(()=>{this.focus()})}select(){this.control.select(),this.$emit("select")}handleTextInput(){this.control.value=this.control.value.replace(/[^0-9\-+e.]/g,""),this.isUserInput=!0,this.value=this.control.value}handleChange(){this.$emit("change")}handleKeyDown(e){switch(e.key){case qe:return this.stepUp(),!1;case je:return this.stepDown(),!1}return!0}handleBlur(){this.control.value=this.value}};p([f({attribute:"readonly",mode:"boolean"})],Rt.prototype,"readOnly",void 0);p([f({mode:"boolean"})],Rt.prototype,"autofocus",void 0);p([f({attribute:"hide-step",mode:"boolean"})],Rt.prototype,"hideStep",void 0);p([f],Rt.prototype,"placeholder",void 0);p([f],Rt.prototype,"list",void 0);p([f({converter:P})],Rt.prototype,"maxlength",void 0);p([f({converter:P})],Rt.prototype,"minlength",void 0);p([f({converter:P})],Rt.prototype,"size",void 0);p([f({converter:P})],Rt.prototype,"step",void 0);p([f({converter:P})],Rt.prototype,"max",void 0);p([f({converter:P})],Rt.prototype,"min",void 0);p([b],Rt.prototype,"defaultSlottedNodes",void 0);ae(Rt,ke,yr)});var Dx=d(()=>{_x();Lx()});var Ex,Ax,Px=d(()=>{x();Ex=44,Ax=(i,e)=>C`
    <template
        role="progressbar"
        aria-valuenow="${t=>t.value}"
        aria-valuemin="${t=>t.min}"
        aria-valuemax="${t=>t.max}"
        class="${t=>t.paused?"paused":""}"
    >
        ${ue(t=>typeof t.value=="number",C`
                <svg
                    class="progress"
                    part="progress"
                    viewBox="0 0 16 16"
                    slot="determinate"
                >
                    <circle
                        class="background"
                        part="background"
                        cx="8px"
                        cy="8px"
                        r="7px"
                    ></circle>
                    <circle
                        class="determinate"
                        part="determinate"
                        style="stroke-dasharray: ${t=>Ex*t.percentComplete/100}px ${Ex}px"
                        cx="8px"
                        cy="8px"
                        r="7px"
                    ></circle>
                </svg>
            `,C`
                <slot name="indeterminate" slot="indeterminate">
                    ${e.indeterminateIndicator||""}
                </slot>
            `)}
    </template>
`});var Ox=d(()=>{Px()});var Qi,Mx=d(()=>{Y();x();oe();Qi=class extends R{constructor(){super(...arguments),this.percentComplete=0}valueChanged(){this.$fastController.isConnected&&this.updatePercentComplete()}minChanged(){this.$fastController.isConnected&&this.updatePercentComplete()}maxChanged(){this.$fastController.isConnected&&this.updatePercentComplete()}connectedCallback(){super.connectedCallback(),this.updatePercentComplete()}updatePercentComplete(){let e=typeof this.min=="number"?this.min:0,t=typeof this.max=="number"?this.max:100,o=typeof this.value=="number"?this.value:0,r=t-e;this.percentComplete=r===0?0:Math.fround((o-e)/r*100)}};p([f({converter:P})],Qi.prototype,"value",void 0);p([f({converter:P})],Qi.prototype,"min",void 0);p([f({converter:P})],Qi.prototype,"max",void 0);p([f({mode:"boolean"})],Qi.prototype,"paused",void 0);p([b],Qi.prototype,"percentComplete",void 0)});var Hx,Vx=d(()=>{x();Hx=(i,e)=>C`
    <template
        role="progressbar"
        aria-valuenow="${t=>t.value}"
        aria-valuemin="${t=>t.min}"
        aria-valuemax="${t=>t.max}"
        class="${t=>t.paused?"paused":""}"
    >
        ${ue(t=>typeof t.value=="number",C`
                <div class="progress" part="progress" slot="determinate">
                    <div
                        class="determinate"
                        part="determinate"
                        style="width: ${t=>t.percentComplete}%"
                    ></div>
                </div>
            `,C`
                <div class="progress" part="progress" slot="indeterminate">
                    <slot class="indeterminate" name="indeterminate">
                        ${e.indeterminateIndicator1||""}
                        ${e.indeterminateIndicator2||""}
                    </slot>
                </div>
            `)}
    </template>
`});var Bx=d(()=>{Mx();Vx()});var zx,Nx=d(()=>{x();N();zx=(i,e)=>C`
    <template
        role="radiogroup"
        aria-disabled="${t=>t.disabled}"
        aria-readonly="${t=>t.readOnly}"
        @click="${(t,o)=>t.clickHandler(o.event)}"
        @keydown="${(t,o)=>t.keydownHandler(o.event)}"
        @focusout="${(t,o)=>t.focusOutHandler(o.event)}"
    >
        <slot name="label"></slot>
        <div
            class="positioning-region ${t=>t.orientation===Fe.horizontal?"horizontal":"vertical"}"
            part="positioning-region"
        >
            <slot
                ${ie({property:"slottedRadioButtons",filter:Ct("[role=radio]")})}
            ></slot>
        </div>
    </template>
`});var Xi,Ux=d(()=>{Y();x();N();ur();oe();Xi=class extends R{constructor(){super(...arguments),this.orientation=Fe.horizontal,this.radioChangeHandler=e=>{let t=e.target;t.checked&&(this.slottedRadioButtons.forEach(o=>{o!==t&&(o.checked=!1,this.isInsideFoundationToolbar||o.setAttribute("tabindex","-1"))}),this.selectedRadio=t,this.value=t.value,t.setAttribute("tabindex","0"),this.focusedRadio=t),e.stopPropagation()},this.moveToRadioByIndex=(e,t)=>{let o=e[t];this.isInsideToolbar||(o.setAttribute("tabindex","0"),o.readOnly?this.slottedRadioButtons.forEach(r=>{r!==o&&r.setAttribute("tabindex","-1")}):(o.checked=!0,this.selectedRadio=o)),this.focusedRadio=o,o.focus()},this.moveRightOffGroup=()=>{var e;(e=this.nextElementSibling)===null||e===void 0||e.focus()},this.moveLeftOffGroup=()=>{var e;(e=this.previousElementSibling)===null||e===void 0||e.focus()},this.focusOutHandler=e=>{let t=this.slottedRadioButtons,o=e.target,r=o!==null?t.indexOf(o):0,s=this.focusedRadio?t.indexOf(this.focusedRadio):-1;return(s===0&&r===s||s===t.length-1&&s===r)&&(this.selectedRadio?(this.focusedRadio=this.selectedRadio,this.isInsideFoundationToolbar||(this.selectedRadio.setAttribute("tabindex","0"),t.forEach(n=>{n!==this.selectedRadio&&n.setAttribute("tabindex","-1")}))):(this.focusedRadio=t[0],this.focusedRadio.setAttribute("tabindex","0"),t.forEach(n=>{n!==this.focusedRadio&&n.setAttribute("tabindex","-1")}))),!0},this.clickHandler=e=>{let t=e.target;if(t){let o=this.slottedRadioButtons;t.checked||o.indexOf(t)===0?(t.setAttribute("tabindex","0"),this.selectedRadio=t):(t.setAttribute("tabindex","-1"),this.selectedRadio=null),this.focusedRadio=t}e.preventDefault()},this.shouldMoveOffGroupToTheRight=(e,t,o)=>e===t.length&&this.isInsideToolbar&&o===jt,this.shouldMoveOffGroupToTheLeft=(e,t)=>(this.focusedRadio?e.indexOf(this.focusedRadio)-1:0)<0&&this.isInsideToolbar&&t===Ut,this.checkFocusedRadio=()=>{this.focusedRadio!==null&&!this.focusedRadio.readOnly&&!this.focusedRadio.checked&&(this.focusedRadio.checked=!0,this.focusedRadio.setAttribute("tabindex","0"),this.focusedRadio.focus(),this.selectedRadio=this.focusedRadio)},this.moveRight=e=>{let t=this.slottedRadioButtons,o=0;if(o=this.focusedRadio?t.indexOf(this.focusedRadio)+1:1,this.shouldMoveOffGroupToTheRight(o,t,e.key)){this.moveRightOffGroup();return}else o===t.length&&(o=0);for(;o<t.length&&t.length>1;)if(t[o].disabled){if(this.focusedRadio&&o===t.indexOf(this.focusedRadio))break;if(o+1>=t.length){if(this.isInsideToolbar)break;o=0}else o+=1}else{this.moveToRadioByIndex(t,o);break}},this.moveLeft=e=>{let t=this.slottedRadioButtons,o=0;if(o=this.focusedRadio?t.indexOf(this.focusedRadio)-1:0,o=o<0?t.length-1:o,this.shouldMoveOffGroupToTheLeft(t,e.key)){this.moveLeftOffGroup();return}for(;o>=0&&t.length>1;)if(t[o].disabled){if(this.focusedRadio&&o===t.indexOf(this.focusedRadio))break;o-1<0?o=t.length-1:o-=1}else{this.moveToRadioByIndex(t,o);break}},this.keydownHandler=e=>{let t=e.key;if(t in dr&&this.isInsideFoundationToolbar)return!0;switch(t){case it:{this.checkFocusedRadio();break}case jt:case je:{this.direction===de.ltr?this.moveRight(e):this.moveLeft(e);break}case Ut:case qe:{this.direction===de.ltr?this.moveLeft(e):this.moveRight(e);break}default:return!0}}}readOnlyChanged(){this.slottedRadioButtons!==void 0&&this.slottedRadioButtons.forEach(e=>{this.readOnly?e.readOnly=!0:e.readOnly=!1})}disabledChanged(){this.slottedRadioButtons!==void 0&&this.slottedRadioButtons.forEach(e=>{this.disabled?e.disabled=!0:e.disabled=!1})}nameChanged(){this.slottedRadioButtons&&this.slottedRadioButtons.forEach(e=>{e.setAttribute("name",this.name)})}valueChanged(){this.slottedRadioButtons&&this.slottedRadioButtons.forEach(e=>{e.value===this.value&&(e.checked=!0,this.selectedRadio=e)}),this.$emit("change")}slottedRadioButtonsChanged(e,t){this.slottedRadioButtons&&this.slottedRadioButtons.length>0&&this.setupRadioButtons()}get parentToolbar(){return this.closest('[role="toolbar"]')}get isInsideToolbar(){var e;return(e=this.parentToolbar)!==null&&e!==void 0?e:!1}get isInsideFoundationToolbar(){var e;return!!(!((e=this.parentToolbar)===null||e===void 0)&&e.$fastController)}connectedCallback(){super.connectedCallback(),this.direction=bi(this),this.setupRadioButtons()}disconnectedCallback(){this.slottedRadioButtons.forEach(e=>{e.removeEventListener("change",this.radioChangeHandler)})}setupRadioButtons(){let e=this.slottedRadioButtons.filter(r=>r.hasAttribute("checked")),t=e?e.length:0;if(t>1){let r=e[t-1];r.checked=!0}let o=!1;if(this.slottedRadioButtons.forEach(r=>{this.name!==void 0&&r.setAttribute("name",this.name),this.disabled&&(r.disabled=!0),this.readOnly&&(r.readOnly=!0),this.value&&this.value===r.value?(this.selectedRadio=r,this.focusedRadio=r,r.checked=!0,r.setAttribute("tabindex","0"),o=!0):(this.isInsideFoundationToolbar||r.setAttribute("tabindex","-1"),r.checked=!1),r.addEventListener("change",this.radioChangeHandler)}),this.value===void 0&&this.slottedRadioButtons.length>0){let r=this.slottedRadioButtons.filter(n=>n.hasAttribute("checked")),s=r!==null?r.length:0;if(s>0&&!o){let n=r[s-1];n.checked=!0,this.focusedRadio=n,n.setAttribute("tabindex","0")}else this.slottedRadioButtons[0].setAttribute("tabindex","0"),this.focusedRadio=this.slottedRadioButtons[0]}}};p([f({attribute:"readonly",mode:"boolean"})],Xi.prototype,"readOnly",void 0);p([f({attribute:"disabled",mode:"boolean"})],Xi.prototype,"disabled",void 0);p([f],Xi.prototype,"name",void 0);p([f],Xi.prototype,"value",void 0);p([f],Xi.prototype,"orientation",void 0);p([b],Xi.prototype,"childItems",void 0);p([b],Xi.prototype,"slottedRadioButtons",void 0)});var jx=d(()=>{Nx();Ux()});var qx,Gx=d(()=>{x();qx=(i,e)=>C`
    <template
        role="radio"
        class="${t=>t.checked?"checked":""} ${t=>t.readOnly?"readonly":""}"
        aria-checked="${t=>t.checked}"
        aria-required="${t=>t.required}"
        aria-disabled="${t=>t.disabled}"
        aria-readonly="${t=>t.readOnly}"
        @keypress="${(t,o)=>t.keypressHandler(o.event)}"
        @click="${(t,o)=>t.clickHandler(o.event)}"
    >
        <div part="control" class="control">
            <slot name="checked-indicator">
                ${e.checkedIndicator||""}
            </slot>
        </div>
        <label
            part="label"
            class="${t=>t.defaultSlottedNodes&&t.defaultSlottedNodes.length?"label":"label label__hidden"}"
        >
            <slot ${ie("defaultSlottedNodes")}></slot>
        </label>
    </template>
`});var Ef,ad,Wx=d(()=>{ci();oe();Ef=class extends R{},ad=class extends en(Ef){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var hs,Zx=d(()=>{Y();x();N();Wx();hs=class extends ad{constructor(){super(),this.initialValue="on",this.keypressHandler=e=>{if(e.key===li){!this.checked&&!this.readOnly&&(this.checked=!0);return}return!0},this.proxy.setAttribute("type","radio")}readOnlyChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.readOnly=this.readOnly)}defaultCheckedChanged(){var e;this.$fastController.isConnected&&!this.dirtyChecked&&(this.isInsideRadioGroup()||(this.checked=(e=this.defaultChecked)!==null&&e!==void 0?e:!1,this.dirtyChecked=!1))}connectedCallback(){var e,t;super.connectedCallback(),this.validate(),((e=this.parentElement)===null||e===void 0?void 0:e.getAttribute("role"))!=="radiogroup"&&this.getAttribute("tabindex")===null&&(this.disabled||this.setAttribute("tabindex","0")),this.checkedAttribute&&(this.dirtyChecked||this.isInsideRadioGroup()||(this.checked=(t=this.defaultChecked)!==null&&t!==void 0?t:!1,this.dirtyChecked=!1))}isInsideRadioGroup(){return this.closest("[role=radiogroup]")!==null}clickHandler(e){!this.disabled&&!this.readOnly&&!this.checked&&(this.checked=!0)}};p([f({attribute:"readonly",mode:"boolean"})],hs.prototype,"readOnly",void 0);p([b],hs.prototype,"name",void 0);p([b],hs.prototype,"defaultSlottedNodes",void 0)});var Qx=d(()=>{Gx();Zx()});var _i,Xx=d(()=>{Y();x();oe();_i=class extends R{constructor(){super(...arguments),this.framesPerSecond=60,this.updatingItems=!1,this.speed=600,this.easing="ease-in-out",this.flippersHiddenFromAT=!1,this.scrolling=!1,this.resizeDetector=null}get frameTime(){return 1e3/this.framesPerSecond}scrollingChanged(e,t){if(this.scrollContainer){let o=this.scrolling==!0?"scrollstart":"scrollend";this.$emit(o,this.scrollContainer.scrollLeft)}}get isRtl(){return this.scrollItems.length>1&&this.scrollItems[0].offsetLeft>this.scrollItems[1].offsetLeft}connectedCallback(){super.connectedCallback(),this.initializeResizeDetector()}disconnectedCallback(){this.disconnectResizeDetector(),super.disconnectedCallback()}scrollItemsChanged(e,t){t&&!this.updatingItems&&I.queueUpdate(()=>this.setStops())}disconnectResizeDetector(){this.resizeDetector&&(this.resizeDetector.disconnect(),this.resizeDetector=null)}initializeResizeDetector(){this.disconnectResizeDetector(),this.resizeDetector=new window.ResizeObserver(this.resized.bind(this)),this.resizeDetector.observe(this)}updateScrollStops(){this.updatingItems=!0;let e=this.scrollItems.reduce((t,o)=>o instanceof HTMLSlotElement?t.concat(o.assignedElements()):(t.push(o),t),[]);this.scrollItems=e,this.updatingItems=!1}setStops(){this.updateScrollStops();let{scrollContainer:e}=this,{scrollLeft:t}=e,{width:o,left:r}=e.getBoundingClientRect();this.width=o;let s=0,n=this.scrollItems.map((a,l)=>{let{left:c,width:h}=a.getBoundingClientRect(),u=Math.round(c+t-r),v=Math.round(u+h);return this.isRtl?-v:(s=v,l===0?0:u)}).concat(s);n=this.fixScrollMisalign(n),n.sort((a,l)=>Math.abs(a)-Math.abs(l)),this.scrollStops=n,this.setFlippers()}validateStops(e=!0){let t=()=>!!this.scrollStops.find(o=>o>0);return!t()&&e&&this.setStops(),t()}fixScrollMisalign(e){if(this.isRtl&&e.some(t=>t>0)){e.sort((o,r)=>r-o);let t=e[0];e=e.map(o=>o-t)}return e}setFlippers(){var e,t;let o=this.scrollContainer.scrollLeft;if((e=this.previousFlipperContainer)===null||e===void 0||e.classList.toggle("disabled",o===0),this.scrollStops){let r=Math.abs(this.scrollStops[this.scrollStops.length-1]);(t=this.nextFlipperContainer)===null||t===void 0||t.classList.toggle("disabled",this.validateStops(!1)&&Math.abs(o)+this.width>=r)}}scrollInView(e,t=0,o){var r;if(typeof e!="number"&&e&&(e=this.scrollItems.findIndex(s=>s===e||s.contains(e))),e!==void 0){o=o??t;let{scrollContainer:s,scrollStops:n,scrollItems:a}=this,{scrollLeft:l}=this.scrollContainer,{width:c}=s.getBoundingClientRect(),h=n[e],{width:u}=a[e].getBoundingClientRect(),v=h+u,y=l+t>h;if(y||l+c-o<v){let O=(r=[...n].sort((j,et)=>y?et-j:j-et).find(j=>y?j+t<h:j+c-(o??0)>v))!==null&&r!==void 0?r:0;this.scrollToPosition(O)}}}keyupHandler(e){switch(e.key){case"ArrowLeft":this.scrollToPrevious();break;case"ArrowRight":this.scrollToNext();break}}scrollToPrevious(){this.validateStops();let e=this.scrollContainer.scrollLeft,t=this.scrollStops.findIndex((s,n)=>s>=e&&(this.isRtl||n===this.scrollStops.length-1||this.scrollStops[n+1]>e)),o=Math.abs(this.scrollStops[t+1]),r=this.scrollStops.findIndex(s=>Math.abs(s)+this.width>o);(r>=t||r===-1)&&(r=t>0?t-1:0),this.scrollToPosition(this.scrollStops[r],e)}scrollToNext(){this.validateStops();let e=this.scrollContainer.scrollLeft,t=this.scrollStops.findIndex(s=>Math.abs(s)>=Math.abs(e)),o=this.scrollStops.findIndex(s=>Math.abs(e)+this.width<=Math.abs(s)),r=t;o>t+2?r=o-2:t<this.scrollStops.length-2&&(r=t+1),this.scrollToPosition(this.scrollStops[r],e)}scrollToPosition(e,t=this.scrollContainer.scrollLeft){var o;if(this.scrolling)return;this.scrolling=!0;let r=(o=this.duration)!==null&&o!==void 0?o:`${Math.abs(e-t)/this.speed}s`;this.content.style.setProperty("transition-duration",r);let s=parseFloat(getComputedStyle(this.content).getPropertyValue("transition-duration")),n=c=>{c&&c.target!==c.currentTarget||(this.content.style.setProperty("transition-duration","0s"),this.content.style.removeProperty("transform"),this.scrollContainer.style.setProperty("scroll-behavior","auto"),this.scrollContainer.scrollLeft=e,this.setFlippers(),this.content.removeEventListener("transitionend",n),this.scrolling=!1)};if(s===0){n();return}this.content.addEventListener("transitionend",n);let a=this.scrollContainer.scrollWidth-this.scrollContainer.clientWidth,l=this.scrollContainer.scrollLeft-Math.min(e,a);this.isRtl&&(l=this.scrollContainer.scrollLeft+Math.min(Math.abs(e),a)),this.content.style.setProperty("transition-property","transform"),this.content.style.setProperty("transition-timing-function",this.easing),this.content.style.setProperty("transform",`translateX(${l}px)`)}resized(){this.resizeTimeout&&(this.resizeTimeout=clearTimeout(this.resizeTimeout)),this.resizeTimeout=setTimeout(()=>{this.width=this.scrollContainer.offsetWidth,this.setFlippers()},this.frameTime)}scrolled(){this.scrollTimeout&&(this.scrollTimeout=clearTimeout(this.scrollTimeout)),this.scrollTimeout=setTimeout(()=>{this.setFlippers()},this.frameTime)}};p([f({converter:P})],_i.prototype,"speed",void 0);p([f],_i.prototype,"duration",void 0);p([f],_i.prototype,"easing",void 0);p([f({attribute:"flippers-hidden-from-at",converter:es})],_i.prototype,"flippersHiddenFromAT",void 0);p([b],_i.prototype,"scrolling",void 0);p([b],_i.prototype,"scrollItems",void 0);p([f({attribute:"view"})],_i.prototype,"view",void 0)});var Yx,Jx=d(()=>{x();Ue();Yx=(i,e)=>{var t,o;return C`
    <template
        class="horizontal-scroll"
        @keyup="${(r,s)=>r.keyupHandler(s.event)}"
    >
        ${Re(i,e)}
        <div class="scroll-area" part="scroll-area">
            <div
                class="scroll-view"
                part="scroll-view"
                @scroll="${r=>r.scrolled()}"
                ${X("scrollContainer")}
            >
                <div class="content-container" part="content-container" ${X("content")}>
                    <slot
                        ${ie({property:"scrollItems",filter:Ct()})}
                    ></slot>
                </div>
            </div>
            ${ue(r=>r.view!=="mobile",C`
                    <div
                        class="scroll scroll-prev"
                        part="scroll-prev"
                        ${X("previousFlipperContainer")}
                    >
                        <div class="scroll-action" part="scroll-action-previous">
                            <slot name="previous-flipper">
                                ${e.previousFlipper instanceof Function?e.previousFlipper(i,e):(t=e.previousFlipper)!==null&&t!==void 0?t:""}
                            </slot>
                        </div>
                    </div>
                    <div
                        class="scroll scroll-next"
                        part="scroll-next"
                        ${X("nextFlipperContainer")}
                    >
                        <div class="scroll-action" part="scroll-action-next">
                            <slot name="next-flipper">
                                ${e.nextFlipper instanceof Function?e.nextFlipper(i,e):(o=e.nextFlipper)!==null&&o!==void 0?o:""}
                            </slot>
                        </div>
                    </div>
                `)}
        </div>
        ${_e(i,e)}
    </template>
`}});var Kx=d(()=>{Xx();Jx()});function ld(i,e,t){return i.nodeType!==Node.TEXT_NODE?!0:typeof i.nodeValue=="string"&&!!i.nodeValue.trim().length}var Af=d(()=>{});var e5=d(()=>{});var Pf,cd,t5=d(()=>{ci();oe();Pf=class extends R{},cd=class extends gt(Pf){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var qt,dd,i5=d(()=>{Y();x();os();$t();t5();qt=class extends cd{readOnlyChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.readOnly=this.readOnly,this.validate())}autofocusChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.autofocus=this.autofocus,this.validate())}placeholderChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.placeholder=this.placeholder)}listChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.setAttribute("list",this.list),this.validate())}maxlengthChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.maxLength=this.maxlength,this.validate())}minlengthChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.minLength=this.minlength,this.validate())}patternChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.pattern=this.pattern,this.validate())}sizeChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.size=this.size)}spellcheckChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.spellcheck=this.spellcheck)}connectedCallback(){super.connectedCallback(),this.validate(),this.autofocus&&I.queueUpdate(()=>{this.focus()})}validate(){super.validate(this.control)}handleTextInput(){this.value=this.control.value}handleClearInput(){this.value="",this.control.focus(),this.handleChange()}handleChange(){this.$emit("change")}};p([f({attribute:"readonly",mode:"boolean"})],qt.prototype,"readOnly",void 0);p([f({mode:"boolean"})],qt.prototype,"autofocus",void 0);p([f],qt.prototype,"placeholder",void 0);p([f],qt.prototype,"list",void 0);p([f({converter:P})],qt.prototype,"maxlength",void 0);p([f({converter:P})],qt.prototype,"minlength",void 0);p([f],qt.prototype,"pattern",void 0);p([f({converter:P})],qt.prototype,"size",void 0);p([f({mode:"boolean"})],qt.prototype,"spellcheck",void 0);p([b],qt.prototype,"defaultSlottedNodes",void 0);dd=class{};ae(dd,ge);ae(qt,ke,dd)});var o5=d(()=>{e5();i5()});var Of,hd,r5=d(()=>{id();ci();Of=class extends Eo{},hd=class extends gt(Of){constructor(){super(...arguments),this.proxy=document.createElement("select")}}});var Ri,La,s5=d(()=>{Y();x();N();mr();Ue();$t();r5();Qc();Ri=class extends hd{constructor(){super(...arguments),this.open=!1,this.forcedPosition=!1,this.listboxId=vi("listbox-"),this.maxHeight=0}openChanged(e,t){if(this.collapsible){if(this.open){this.ariaControls=this.listboxId,this.ariaExpanded="true",this.setPositioning(),this.focusAndScrollOptionIntoView(),this.indexWhenOpened=this.selectedIndex,I.queueUpdate(()=>this.focus());return}this.ariaControls="",this.ariaExpanded="false"}}get collapsible(){return!(this.multiple||typeof this.size=="number")}get value(){return V.track(this,"value"),this._value}set value(e){var t,o,r,s,n,a,l;let c=`${this._value}`;if(!((t=this._options)===null||t===void 0)&&t.length){let h=this._options.findIndex(y=>y.value===e),u=(r=(o=this._options[this.selectedIndex])===null||o===void 0?void 0:o.value)!==null&&r!==void 0?r:null,v=(n=(s=this._options[h])===null||s===void 0?void 0:s.value)!==null&&n!==void 0?n:null;(h===-1||u!==v)&&(e="",this.selectedIndex=h),e=(l=(a=this.firstSelectedOption)===null||a===void 0?void 0:a.value)!==null&&l!==void 0?l:e}c!==e&&(this._value=e,super.valueChanged(c,e),V.notify(this,"value"),this.updateDisplayValue())}updateValue(e){var t,o;this.$fastController.isConnected&&(this.value=(o=(t=this.firstSelectedOption)===null||t===void 0?void 0:t.value)!==null&&o!==void 0?o:""),e&&(this.$emit("input"),this.$emit("change",this,{bubbles:!0,composed:void 0}))}selectedIndexChanged(e,t){super.selectedIndexChanged(e,t),this.updateValue()}positionChanged(e,t){this.positionAttribute=t,this.setPositioning()}setPositioning(){let e=this.getBoundingClientRect(),o=window.innerHeight-e.bottom;this.position=this.forcedPosition?this.positionAttribute:e.top>o?gr.above:gr.below,this.positionAttribute=this.forcedPosition?this.positionAttribute:this.position,this.maxHeight=this.position===gr.above?~~e.top:~~o}get displayValue(){var e,t;return V.track(this,"displayValue"),(t=(e=this.firstSelectedOption)===null||e===void 0?void 0:e.text)!==null&&t!==void 0?t:""}disabledChanged(e,t){super.disabledChanged&&super.disabledChanged(e,t),this.ariaDisabled=this.disabled?"true":"false"}formResetCallback(){this.setProxyOptions(),super.setDefaultSelectedOption(),this.selectedIndex===-1&&(this.selectedIndex=0)}clickHandler(e){if(!this.disabled){if(this.open){let t=e.target.closest("option,[role=option]");if(t&&t.disabled)return}return super.clickHandler(e),this.open=this.collapsible&&!this.open,!this.open&&this.indexWhenOpened!==this.selectedIndex&&this.updateValue(!0),!0}}focusoutHandler(e){var t;if(super.focusoutHandler(e),!this.open)return!0;let o=e.relatedTarget;if(this.isSameNode(o)){this.focus();return}!((t=this.options)===null||t===void 0)&&t.includes(o)||(this.open=!1,this.indexWhenOpened!==this.selectedIndex&&this.updateValue(!0))}handleChange(e,t){super.handleChange(e,t),t==="value"&&this.updateValue()}slottedOptionsChanged(e,t){this.options.forEach(o=>{V.getNotifier(o).unsubscribe(this,"value")}),super.slottedOptionsChanged(e,t),this.options.forEach(o=>{V.getNotifier(o).subscribe(this,"value")}),this.setProxyOptions(),this.updateValue()}mousedownHandler(e){var t;return e.offsetX>=0&&e.offsetX<=((t=this.listbox)===null||t===void 0?void 0:t.scrollWidth)?super.mousedownHandler(e):this.collapsible}multipleChanged(e,t){super.multipleChanged(e,t),this.proxy&&(this.proxy.multiple=t)}selectedOptionsChanged(e,t){var o;super.selectedOptionsChanged(e,t),(o=this.options)===null||o===void 0||o.forEach((r,s)=>{var n;let a=(n=this.proxy)===null||n===void 0?void 0:n.options.item(s);a&&(a.selected=r.selected)})}setDefaultSelectedOption(){var e;let t=(e=this.options)!==null&&e!==void 0?e:Array.from(this.children).filter(ot.slottedOptionFilter),o=t?.findIndex(r=>r.hasAttribute("selected")||r.selected||r.value===this.value);if(o!==-1){this.selectedIndex=o;return}this.selectedIndex=0}setProxyOptions(){this.proxy instanceof HTMLSelectElement&&this.options&&(this.proxy.options.length=0,this.options.forEach(e=>{let t=e.proxy||(e instanceof HTMLOptionElement?e.cloneNode():null);t&&this.proxy.options.add(t)}))}keydownHandler(e){super.keydownHandler(e);let t=e.key||e.key.charCodeAt(0);switch(t){case li:{e.preventDefault(),this.collapsible&&this.typeAheadExpired&&(this.open=!this.open);break}case ut:case pt:{e.preventDefault();break}case it:{e.preventDefault(),this.open=!this.open;break}case ai:{this.collapsible&&this.open&&(e.preventDefault(),this.open=!1);break}case cr:return this.collapsible&&this.open&&(e.preventDefault(),this.open=!1),!0}return!this.open&&this.indexWhenOpened!==this.selectedIndex&&(this.updateValue(!0),this.indexWhenOpened=this.selectedIndex),!(t===je||t===qe)}connectedCallback(){super.connectedCallback(),this.forcedPosition=!!this.positionAttribute,this.addEventListener("contentchange",this.updateDisplayValue)}disconnectedCallback(){this.removeEventListener("contentchange",this.updateDisplayValue),super.disconnectedCallback()}sizeChanged(e,t){super.sizeChanged(e,t),this.proxy&&(this.proxy.size=t)}updateDisplayValue(){this.collapsible&&V.notify(this,"displayValue")}};p([f({attribute:"open",mode:"boolean"})],Ri.prototype,"open",void 0);p([t1],Ri.prototype,"collapsible",null);p([b],Ri.prototype,"control",void 0);p([f({attribute:"position"})],Ri.prototype,"positionAttribute",void 0);p([b],Ri.prototype,"position",void 0);p([b],Ri.prototype,"maxHeight",void 0);La=class{};p([b],La.prototype,"ariaControls",void 0);ae(La,Si);ae(Ri,ke,La)});var n5,a5=d(()=>{x();mr();Ue();n5=(i,e)=>C`
    <template
        class="${t=>[t.collapsible&&"collapsible",t.collapsible&&t.open&&"open",t.disabled&&"disabled",t.collapsible&&t.position].filter(Boolean).join(" ")}"
        aria-activedescendant="${t=>t.ariaActiveDescendant}"
        aria-controls="${t=>t.ariaControls}"
        aria-disabled="${t=>t.ariaDisabled}"
        aria-expanded="${t=>t.ariaExpanded}"
        aria-haspopup="${t=>t.collapsible?"listbox":null}"
        aria-multiselectable="${t=>t.ariaMultiSelectable}"
        ?open="${t=>t.open}"
        role="combobox"
        tabindex="${t=>t.disabled?null:"0"}"
        @click="${(t,o)=>t.clickHandler(o.event)}"
        @focusin="${(t,o)=>t.focusinHandler(o.event)}"
        @focusout="${(t,o)=>t.focusoutHandler(o.event)}"
        @keydown="${(t,o)=>t.keydownHandler(o.event)}"
        @mousedown="${(t,o)=>t.mousedownHandler(o.event)}"
    >
        ${ue(t=>t.collapsible,C`
                <div
                    class="control"
                    part="control"
                    ?disabled="${t=>t.disabled}"
                    ${X("control")}
                >
                    ${Re(i,e)}
                    <slot name="button-container">
                        <div class="selected-value" part="selected-value">
                            <slot name="selected-value">${t=>t.displayValue}</slot>
                        </div>
                        <div aria-hidden="true" class="indicator" part="indicator">
                            <slot name="indicator">
                                ${e.indicator||""}
                            </slot>
                        </div>
                    </slot>
                    ${_e(i,e)}
                </div>
            `)}
        <div
            class="listbox"
            id="${t=>t.listboxId}"
            part="listbox"
            role="listbox"
            ?disabled="${t=>t.disabled}"
            ?hidden="${t=>t.collapsible?!t.open:!1}"
            ${X("listbox")}
        >
            <slot
                ${ie({filter:ot.slottedOptionFilter,flatten:!0,property:"slottedOptions"})}
            ></slot>
        </div>
    </template>
`});var l5=d(()=>{s5();Qc();a5()});var c5,d5=d(()=>{x();c5=(i,e)=>C`
    <template
        class="${t=>t.shape==="circle"?"circle":"rect"}"
        pattern="${t=>t.pattern}"
        ?shimmer="${t=>t.shimmer}"
    >
        ${ue(t=>t.shimmer===!0,C`
                <span class="shimmer"></span>
            `)}
        <object type="image/svg+xml" data="${t=>t.pattern}" role="presentation">
            <img class="pattern" src="${t=>t.pattern}" />
        </object>
        <slot></slot>
    </template>
`});var xr,h5=d(()=>{Y();x();oe();xr=class extends R{constructor(){super(...arguments),this.shape="rect"}};p([f],xr.prototype,"fill",void 0);p([f],xr.prototype,"shape",void 0);p([f],xr.prototype,"pattern",void 0);p([f({mode:"boolean"})],xr.prototype,"shimmer",void 0)});var u5=d(()=>{d5();h5()});var p5,f5=d(()=>{x();N();p5=(i,e)=>C`
    <template
        aria-disabled="${t=>t.disabled}"
        class="${t=>t.sliderOrientation||Fe.horizontal}
            ${t=>t.disabled?"disabled":""}"
    >
        <div ${X("root")} part="root" class="root" style="${t=>t.positionStyle}">
            <div class="container">
                ${ue(t=>!t.hideMark,C`
                        <div class="mark"></div>
                    `)}
                <div class="label">
                    <slot></slot>
                </div>
            </div>
        </div>
    </template>
`});function Da(i,e,t,o){let r=hr(0,1,(i-e)/(t-e));return o===de.rtl&&(r=1-r),r}var Mf=d(()=>{N()});var ud,Fi,m5=d(()=>{Y();x();N();Mf();oe();ud={min:0,max:0,direction:de.ltr,orientation:Fe.horizontal,disabled:!1},Fi=class extends R{constructor(){super(...arguments),this.hideMark=!1,this.sliderDirection=de.ltr,this.getSliderConfiguration=()=>{if(!this.isSliderConfig(this.parentNode))this.sliderDirection=ud.direction||de.ltr,this.sliderOrientation=ud.orientation||Fe.horizontal,this.sliderMaxPosition=ud.max,this.sliderMinPosition=ud.min;else{let e=this.parentNode,{min:t,max:o,direction:r,orientation:s,disabled:n}=e;n!==void 0&&(this.disabled=n),this.sliderDirection=r||de.ltr,this.sliderOrientation=s||Fe.horizontal,this.sliderMaxPosition=o,this.sliderMinPosition=t}},this.positionAsStyle=()=>{let e=this.sliderDirection?this.sliderDirection:de.ltr,t=Da(Number(this.position),Number(this.sliderMinPosition),Number(this.sliderMaxPosition)),o=Math.round((1-t)*100),r=Math.round(t*100);return Number.isNaN(r)&&Number.isNaN(o)&&(o=50,r=50),this.sliderOrientation===Fe.horizontal?e===de.rtl?`right: ${r}%; left: ${o}%;`:`left: ${r}%; right: ${o}%;`:`top: ${r}%; bottom: ${o}%;`}}positionChanged(){this.positionStyle=this.positionAsStyle()}sliderOrientationChanged(){}connectedCallback(){super.connectedCallback(),this.getSliderConfiguration(),this.positionStyle=this.positionAsStyle(),this.notifier=V.getNotifier(this.parentNode),this.notifier.subscribe(this,"orientation"),this.notifier.subscribe(this,"direction"),this.notifier.subscribe(this,"max"),this.notifier.subscribe(this,"min")}disconnectedCallback(){super.disconnectedCallback(),this.notifier.unsubscribe(this,"orientation"),this.notifier.unsubscribe(this,"direction"),this.notifier.unsubscribe(this,"max"),this.notifier.unsubscribe(this,"min")}handleChange(e,t){switch(t){case"direction":this.sliderDirection=e.direction;break;case"orientation":this.sliderOrientation=e.orientation;break;case"max":this.sliderMaxPosition=e.max;break;case"min":this.sliderMinPosition=e.min;break;default:break}this.positionStyle=this.positionAsStyle()}isSliderConfig(e){return e.max!==void 0&&e.min!==void 0}};p([b],Fi.prototype,"positionStyle",void 0);p([f],Fi.prototype,"position",void 0);p([f({attribute:"hide-mark",mode:"boolean"})],Fi.prototype,"hideMark",void 0);p([f({attribute:"disabled",mode:"boolean"})],Fi.prototype,"disabled",void 0);p([b],Fi.prototype,"sliderOrientation",void 0);p([b],Fi.prototype,"sliderMinPosition",void 0);p([b],Fi.prototype,"sliderMaxPosition",void 0);p([b],Fi.prototype,"sliderDirection",void 0)});var g5=d(()=>{f5();m5()});var v5,b5=d(()=>{x();N();v5=(i,e)=>C`
    <template
        role="slider"
        class="${t=>t.readOnly?"readonly":""}
        ${t=>t.orientation||Fe.horizontal}"
        tabindex="${t=>t.disabled?null:0}"
        aria-valuetext="${t=>t.valueTextFormatter(t.value)}"
        aria-valuenow="${t=>t.value}"
        aria-valuemin="${t=>t.min}"
        aria-valuemax="${t=>t.max}"
        aria-disabled="${t=>t.disabled?!0:void 0}"
        aria-readonly="${t=>t.readOnly?!0:void 0}"
        aria-orientation="${t=>t.orientation}"
        class="${t=>t.orientation}"
    >
        <div part="positioning-region" class="positioning-region">
            <div ${X("track")} part="track-container" class="track">
                <slot name="track"></slot>
                <div part="track-start" class="track-start" style="${t=>t.position}">
                    <slot name="track-start"></slot>
                </div>
            </div>
            <slot></slot>
            <div
                ${X("thumb")}
                part="thumb-container"
                class="thumb-container"
                style="${t=>t.position}"
            >
                <slot name="thumb">${e.thumb||""}</slot>
            </div>
        </div>
    </template>
`});var Hf,pd,y5=d(()=>{ci();oe();Hf=class extends R{},pd=class extends gt(Hf){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var AS,bt,x5=d(()=>{Y();x();N();ur();Mf();y5();AS={singleValue:"single-value"},bt=class extends pd{constructor(){super(...arguments),this.direction=de.ltr,this.isDragging=!1,this.trackWidth=0,this.trackMinWidth=0,this.trackHeight=0,this.trackLeft=0,this.trackMinHeight=0,this.valueTextFormatter=()=>null,this.min=0,this.max=10,this.step=1,this.orientation=Fe.horizontal,this.mode=AS.singleValue,this.keypressHandler=e=>{if(!this.readOnly){if(e.key===ut)e.preventDefault(),this.value=`${this.min}`;else if(e.key===pt)e.preventDefault(),this.value=`${this.max}`;else if(!e.shiftKey)switch(e.key){case jt:case qe:e.preventDefault(),this.increment();break;case Ut:case je:e.preventDefault(),this.decrement();break}}},this.setupTrackConstraints=()=>{let e=this.track.getBoundingClientRect();this.trackWidth=this.track.clientWidth,this.trackMinWidth=this.track.clientLeft,this.trackHeight=e.bottom,this.trackMinHeight=e.top,this.trackLeft=this.getBoundingClientRect().left,this.trackWidth===0&&(this.trackWidth=1)},this.setupListeners=(e=!1)=>{let t=`${e?"remove":"add"}EventListener`;this[t]("keydown",this.keypressHandler),this[t]("mousedown",this.handleMouseDown),this.thumb[t]("mousedown",this.handleThumbMouseDown,{passive:!0}),this.thumb[t]("touchstart",this.handleThumbMouseDown,{passive:!0}),e&&(this.handleMouseDown(null),this.handleThumbMouseDown(null))},this.initialValue="",this.handleThumbMouseDown=e=>{if(e){if(this.readOnly||this.disabled||e.defaultPrevented)return;e.target.focus()}let t=`${e!==null?"add":"remove"}EventListener`;window[t]("mouseup",this.handleWindowMouseUp),window[t]("mousemove",this.handleMouseMove,{passive:!0}),window[t]("touchmove",this.handleMouseMove,{passive:!0}),window[t]("touchend",this.handleWindowMouseUp),this.isDragging=e!==null},this.handleMouseMove=e=>{if(this.readOnly||this.disabled||e.defaultPrevented)return;let t=window.TouchEvent&&e instanceof TouchEvent?e.touches[0]:e,o=this.orientation===Fe.horizontal?t.pageX-document.documentElement.scrollLeft-this.trackLeft:t.pageY-document.documentElement.scrollTop;this.value=`${this.calculateNewValue(o)}`},this.calculateNewValue=e=>{let t=Da(e,this.orientation===Fe.horizontal?this.trackMinWidth:this.trackMinHeight,this.orientation===Fe.horizontal?this.trackWidth:this.trackHeight,this.direction),o=(this.max-this.min)*t+this.min;return this.convertToConstrainedValue(o)},this.handleWindowMouseUp=e=>{this.stopDragging()},this.stopDragging=()=>{this.isDragging=!1,this.handleMouseDown(null),this.handleThumbMouseDown(null)},this.handleMouseDown=e=>{let t=`${e!==null?"add":"remove"}EventListener`;if((e===null||!this.disabled&&!this.readOnly)&&(window[t]("mouseup",this.handleWindowMouseUp),window.document[t]("mouseleave",this.handleWindowMouseUp),window[t]("mousemove",this.handleMouseMove),e)){e.preventDefault(),this.setupTrackConstraints(),e.target.focus();let o=this.orientation===Fe.horizontal?e.pageX-document.documentElement.scrollLeft-this.trackLeft:e.pageY-document.documentElement.scrollTop;this.value=`${this.calculateNewValue(o)}`}},this.convertToConstrainedValue=e=>{isNaN(e)&&(e=this.min);let t=e-this.min,o=Math.round(t/this.step),r=t-o*(this.stepMultiplier*this.step)/this.stepMultiplier;return t=r>=Number(this.step)/2?t-r+Number(this.step):t-r,t+this.min}}readOnlyChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.readOnly=this.readOnly)}get valueAsNumber(){return parseFloat(super.value)}set valueAsNumber(e){this.value=e.toString()}valueChanged(e,t){super.valueChanged(e,t),this.$fastController.isConnected&&this.setThumbPositionForOrientation(this.direction),this.$emit("change")}minChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.min=`${this.min}`),this.validate()}maxChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.max=`${this.max}`),this.validate()}stepChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.step=`${this.step}`),this.updateStepMultiplier(),this.validate()}orientationChanged(){this.$fastController.isConnected&&this.setThumbPositionForOrientation(this.direction)}connectedCallback(){super.connectedCallback(),this.proxy.setAttribute("type","range"),this.direction=bi(this),this.updateStepMultiplier(),this.setupTrackConstraints(),this.setupListeners(),this.setupDefaultValue(),this.setThumbPositionForOrientation(this.direction)}disconnectedCallback(){this.setupListeners(!0)}increment(){let e=this.direction!==de.rtl&&this.orientation!==Fe.vertical?Number(this.value)+Number(this.step):Number(this.value)-Number(this.step),t=this.convertToConstrainedValue(e),o=t<Number(this.max)?`${t}`:`${this.max}`;this.value=o}decrement(){let e=this.direction!==de.rtl&&this.orientation!==Fe.vertical?Number(this.value)-Number(this.step):Number(this.value)+Number(this.step),t=this.convertToConstrainedValue(e),o=t>Number(this.min)?`${t}`:`${this.min}`;this.value=o}setThumbPositionForOrientation(e){let o=(1-Da(Number(this.value),Number(this.min),Number(this.max),e))*100;this.orientation===Fe.horizontal?this.position=this.isDragging?`right: ${o}%; transition: none;`:`right: ${o}%; transition: all 0.2s ease;`:this.position=this.isDragging?`bottom: ${o}%; transition: none;`:`bottom: ${o}%; transition: all 0.2s ease;`}updateStepMultiplier(){let e=this.step+"",t=this.step%1?e.length-e.indexOf(".")-1:0;this.stepMultiplier=Math.pow(10,t)}get midpoint(){return`${this.convertToConstrainedValue((this.max+this.min)/2)}`}setupDefaultValue(){if(typeof this.value=="string")if(this.value.length===0)this.initialValue=this.midpoint;else{let e=parseFloat(this.value);!Number.isNaN(e)&&(e<this.min||e>this.max)&&(this.value=this.midpoint)}}};p([f({attribute:"readonly",mode:"boolean"})],bt.prototype,"readOnly",void 0);p([b],bt.prototype,"direction",void 0);p([b],bt.prototype,"isDragging",void 0);p([b],bt.prototype,"position",void 0);p([b],bt.prototype,"trackWidth",void 0);p([b],bt.prototype,"trackMinWidth",void 0);p([b],bt.prototype,"trackHeight",void 0);p([b],bt.prototype,"trackLeft",void 0);p([b],bt.prototype,"trackMinHeight",void 0);p([b],bt.prototype,"valueTextFormatter",void 0);p([f({converter:P})],bt.prototype,"min",void 0);p([f({converter:P})],bt.prototype,"max",void 0);p([f({converter:P})],bt.prototype,"step",void 0);p([f],bt.prototype,"orientation",void 0);p([f],bt.prototype,"mode",void 0)});var w5=d(()=>{b5();x5()});var C5,$5=d(()=>{x();C5=(i,e)=>C`
    <template
        role="switch"
        aria-checked="${t=>t.checked}"
        aria-disabled="${t=>t.disabled}"
        aria-readonly="${t=>t.readOnly}"
        tabindex="${t=>t.disabled?null:0}"
        @keypress="${(t,o)=>t.keypressHandler(o.event)}"
        @click="${(t,o)=>t.clickHandler(o.event)}"
        class="${t=>t.checked?"checked":""}"
    >
        <label
            part="label"
            class="${t=>t.defaultSlottedNodes&&t.defaultSlottedNodes.length?"label":"label label__hidden"}"
        >
            <slot ${ie("defaultSlottedNodes")}></slot>
        </label>
        <div part="switch" class="switch">
            <slot name="switch">${e.switch||""}</slot>
        </div>
        <span class="status-message" part="status-message">
            <span class="checked-message" part="checked-message">
                <slot name="checked-message"></slot>
            </span>
            <span class="unchecked-message" part="unchecked-message">
                <slot name="unchecked-message"></slot>
            </span>
        </span>
    </template>
`});var Vf,fd,S5=d(()=>{ci();oe();Vf=class extends R{},fd=class extends en(Vf){constructor(){super(...arguments),this.proxy=document.createElement("input")}}});var ln,k5=d(()=>{Y();x();N();S5();ln=class extends fd{constructor(){super(),this.initialValue="on",this.keypressHandler=e=>{if(!this.readOnly)switch(e.key){case it:case li:this.checked=!this.checked;break}},this.clickHandler=e=>{!this.disabled&&!this.readOnly&&(this.checked=!this.checked)},this.proxy.setAttribute("type","checkbox")}readOnlyChanged(){this.proxy instanceof HTMLInputElement&&(this.proxy.readOnly=this.readOnly),this.readOnly?this.classList.add("readonly"):this.classList.remove("readonly")}checkedChanged(e,t){super.checkedChanged(e,t),this.checked?this.classList.add("checked"):this.classList.remove("checked")}};p([f({attribute:"readonly",mode:"boolean"})],ln.prototype,"readOnly",void 0);p([b],ln.prototype,"defaultSlottedNodes",void 0)});var _5=d(()=>{$5();k5()});var R5,F5=d(()=>{x();R5=(i,e)=>C`
    <template slot="tabpanel" role="tabpanel">
        <slot></slot>
    </template>
`});var md,T5=d(()=>{oe();md=class extends R{}});var I5=d(()=>{F5();T5()});var L5,D5=d(()=>{x();L5=(i,e)=>C`
    <template slot="tab" role="tab" aria-disabled="${t=>t.disabled}">
        <slot></slot>
    </template>
`});var Ea,E5=d(()=>{Y();x();oe();Ea=class extends R{};p([f({mode:"boolean"})],Ea.prototype,"disabled",void 0)});var A5=d(()=>{D5();E5()});var P5,O5=d(()=>{x();Ue();P5=(i,e)=>C`
    <template class="${t=>t.orientation}">
        ${Re(i,e)}
        <div class="tablist" part="tablist" role="tablist">
            <slot class="tab" name="tab" part="tab" ${ie("tabs")}></slot>

            ${ue(t=>t.showActiveIndicator,C`
                    <div
                        ${X("activeIndicatorRef")}
                        class="activeIndicator"
                        part="activeIndicator"
                    ></div>
                `)}
        </div>
        ${_e(i,e)}
        <div class="tabpanel" part="tabpanel">
            <slot name="tabpanel" ${ie("tabpanels")}></slot>
        </div>
    </template>
`});var M5,Ti,H5=d(()=>{Y();x();N();Ue();$t();oe();M5={vertical:"vertical",horizontal:"horizontal"},Ti=class extends R{constructor(){super(...arguments),this.orientation=M5.horizontal,this.activeindicator=!0,this.showActiveIndicator=!0,this.prevActiveTabIndex=0,this.activeTabIndex=0,this.ticking=!1,this.change=()=>{this.$emit("change",this.activetab)},this.isDisabledElement=e=>e.getAttribute("aria-disabled")==="true",this.isHiddenElement=e=>e.hasAttribute("hidden"),this.isFocusableElement=e=>!this.isDisabledElement(e)&&!this.isHiddenElement(e),this.setTabs=()=>{let e="gridColumn",t="gridRow",o=this.isHorizontal()?e:t;this.activeTabIndex=this.getActiveIndex(),this.showActiveIndicator=!1,this.tabs.forEach((r,s)=>{if(r.slot==="tab"){let n=this.activeTabIndex===s&&this.isFocusableElement(r);this.activeindicator&&this.isFocusableElement(r)&&(this.showActiveIndicator=!0);let a=this.tabIds[s],l=this.tabpanelIds[s];r.setAttribute("id",a),r.setAttribute("aria-selected",n?"true":"false"),r.setAttribute("aria-controls",l),r.addEventListener("click",this.handleTabClick),r.addEventListener("keydown",this.handleTabKeyDown),r.setAttribute("tabindex",n?"0":"-1"),n&&(this.activetab=r,this.activeid=a)}r.style[e]="",r.style[t]="",r.style[o]=`${s+1}`,this.isHorizontal()?r.classList.remove("vertical"):r.classList.add("vertical")})},this.setTabPanels=()=>{this.tabpanels.forEach((e,t)=>{let o=this.tabIds[t],r=this.tabpanelIds[t];e.setAttribute("id",r),e.setAttribute("aria-labelledby",o),this.activeTabIndex!==t?e.setAttribute("hidden",""):e.removeAttribute("hidden")})},this.handleTabClick=e=>{let t=e.currentTarget;t.nodeType===1&&this.isFocusableElement(t)&&(this.prevActiveTabIndex=this.activeTabIndex,this.activeTabIndex=this.tabs.indexOf(t),this.setComponent())},this.handleTabKeyDown=e=>{if(this.isHorizontal())switch(e.key){case Ut:e.preventDefault(),this.adjustBackward(e);break;case jt:e.preventDefault(),this.adjustForward(e);break}else switch(e.key){case qe:e.preventDefault(),this.adjustBackward(e);break;case je:e.preventDefault(),this.adjustForward(e);break}switch(e.key){case ut:e.preventDefault(),this.adjust(-this.activeTabIndex);break;case pt:e.preventDefault(),this.adjust(this.tabs.length-this.activeTabIndex-1);break}},this.adjustForward=e=>{let t=this.tabs,o=0;for(o=this.activetab?t.indexOf(this.activetab)+1:1,o===t.length&&(o=0);o<t.length&&t.length>1;)if(this.isFocusableElement(t[o])){this.moveToTabByIndex(t,o);break}else{if(this.activetab&&o===t.indexOf(this.activetab))break;o+1>=t.length?o=0:o+=1}},this.adjustBackward=e=>{let t=this.tabs,o=0;for(o=this.activetab?t.indexOf(this.activetab)-1:0,o=o<0?t.length-1:o;o>=0&&t.length>1;)if(this.isFocusableElement(t[o])){this.moveToTabByIndex(t,o);break}else o-1<0?o=t.length-1:o-=1},this.moveToTabByIndex=(e,t)=>{let o=e[t];this.activetab=o,this.prevActiveTabIndex=this.activeTabIndex,this.activeTabIndex=t,o.focus(),this.setComponent()}}orientationChanged(){this.$fastController.isConnected&&(this.setTabs(),this.setTabPanels(),this.handleActiveIndicatorPosition())}activeidChanged(e,t){this.$fastController.isConnected&&this.tabs.length<=this.tabpanels.length&&(this.prevActiveTabIndex=this.tabs.findIndex(o=>o.id===e),this.setTabs(),this.setTabPanels(),this.handleActiveIndicatorPosition())}tabsChanged(){this.$fastController.isConnected&&this.tabs.length<=this.tabpanels.length&&(this.tabIds=this.getTabIds(),this.tabpanelIds=this.getTabPanelIds(),this.setTabs(),this.setTabPanels(),this.handleActiveIndicatorPosition())}tabpanelsChanged(){this.$fastController.isConnected&&this.tabpanels.length<=this.tabs.length&&(this.tabIds=this.getTabIds(),this.tabpanelIds=this.getTabPanelIds(),this.setTabs(),this.setTabPanels(),this.handleActiveIndicatorPosition())}getActiveIndex(){return this.activeid!==void 0?this.tabIds.indexOf(this.activeid)===-1?0:this.tabIds.indexOf(this.activeid):0}getTabIds(){return this.tabs.map(e=>{var t;return(t=e.getAttribute("id"))!==null&&t!==void 0?t:`tab-${vi()}`})}getTabPanelIds(){return this.tabpanels.map(e=>{var t;return(t=e.getAttribute("id"))!==null&&t!==void 0?t:`panel-${vi()}`})}setComponent(){this.activeTabIndex!==this.prevActiveTabIndex&&(this.activeid=this.tabIds[this.activeTabIndex],this.focusTab(),this.change())}isHorizontal(){return this.orientation===M5.horizontal}handleActiveIndicatorPosition(){this.showActiveIndicator&&this.activeindicator&&this.activeTabIndex!==this.prevActiveTabIndex&&(this.ticking?this.ticking=!1:(this.ticking=!0,this.animateActiveIndicator()))}animateActiveIndicator(){this.ticking=!0;let e=this.isHorizontal()?"gridColumn":"gridRow",t=this.isHorizontal()?"translateX":"translateY",o=this.isHorizontal()?"offsetLeft":"offsetTop",r=this.activeIndicatorRef[o];this.activeIndicatorRef.style[e]=`${this.activeTabIndex+1}`;let s=this.activeIndicatorRef[o];this.activeIndicatorRef.style[e]=`${this.prevActiveTabIndex+1}`;let n=s-r;this.activeIndicatorRef.style.transform=`${t}(${n}px)`,this.activeIndicatorRef.classList.add("activeIndicatorTransition"),this.activeIndicatorRef.addEventListener("transitionend",()=>{this.ticking=!1,this.activeIndicatorRef.style[e]=`${this.activeTabIndex+1}`,this.activeIndicatorRef.style.transform=`${t}(0px)`,this.activeIndicatorRef.classList.remove("activeIndicatorTransition")})}adjust(e){let t=this.tabs.filter(n=>this.isFocusableElement(n)),o=t.indexOf(this.activetab),r=hr(0,t.length-1,o+e),s=this.tabs.indexOf(t[r]);s>-1&&this.moveToTabByIndex(this.tabs,s)}focusTab(){this.tabs[this.activeTabIndex].focus()}connectedCallback(){super.connectedCallback(),this.tabIds=this.getTabIds(),this.tabpanelIds=this.getTabPanelIds(),this.activeTabIndex=this.getActiveIndex()}};p([f],Ti.prototype,"orientation",void 0);p([f],Ti.prototype,"activeid",void 0);p([b],Ti.prototype,"tabs",void 0);p([b],Ti.prototype,"tabpanels",void 0);p([f({mode:"boolean"})],Ti.prototype,"activeindicator",void 0);p([b],Ti.prototype,"activeIndicatorRef",void 0);p([b],Ti.prototype,"showActiveIndicator",void 0);ae(Ti,ke)});var V5=d(()=>{O5();H5()});var Bf,gd,B5=d(()=>{ci();oe();Bf=class extends R{},gd=class extends gt(Bf){constructor(){super(...arguments),this.proxy=document.createElement("textarea")}}});var vd,z5=d(()=>{vd={none:"none",both:"both",horizontal:"horizontal",vertical:"vertical"}});var yt,zf=d(()=>{Y();x();sd();$t();B5();z5();yt=class extends gd{constructor(){super(...arguments),this.resize=vd.none,this.cols=20,this.handleTextInput=()=>{this.value=this.control.value}}readOnlyChanged(){this.proxy instanceof HTMLTextAreaElement&&(this.proxy.readOnly=this.readOnly)}autofocusChanged(){this.proxy instanceof HTMLTextAreaElement&&(this.proxy.autofocus=this.autofocus)}listChanged(){this.proxy instanceof HTMLTextAreaElement&&this.proxy.setAttribute("list",this.list)}maxlengthChanged(){this.proxy instanceof HTMLTextAreaElement&&(this.proxy.maxLength=this.maxlength)}minlengthChanged(){this.proxy instanceof HTMLTextAreaElement&&(this.proxy.minLength=this.minlength)}spellcheckChanged(){this.proxy instanceof HTMLTextAreaElement&&(this.proxy.spellcheck=this.spellcheck)}select(){this.control.select(),this.$emit("select")}handleChange(){this.$emit("change")}validate(){super.validate(this.control)}};p([f({mode:"boolean"})],yt.prototype,"readOnly",void 0);p([f],yt.prototype,"resize",void 0);p([f({mode:"boolean"})],yt.prototype,"autofocus",void 0);p([f({attribute:"form"})],yt.prototype,"formId",void 0);p([f],yt.prototype,"list",void 0);p([f({converter:P})],yt.prototype,"maxlength",void 0);p([f({converter:P})],yt.prototype,"minlength",void 0);p([f],yt.prototype,"name",void 0);p([f],yt.prototype,"placeholder",void 0);p([f({converter:P,mode:"fromView"})],yt.prototype,"cols",void 0);p([f({converter:P,mode:"fromView"})],yt.prototype,"rows",void 0);p([f({mode:"boolean"})],yt.prototype,"spellcheck",void 0);p([b],yt.prototype,"defaultSlottedNodes",void 0);ae(yt,yr)});var N5,U5=d(()=>{x();zf();N5=(i,e)=>C`
    <template
        class="
            ${t=>t.readOnly?"readonly":""}
            ${t=>t.resize!==vd.none?`resize-${t.resize}`:""}"
    >
        <label
            part="label"
            for="control"
            class="${t=>t.defaultSlottedNodes&&t.defaultSlottedNodes.length?"label":"label label__hidden"}"
        >
            <slot ${ie("defaultSlottedNodes")}></slot>
        </label>
        <textarea
            part="control"
            class="control"
            id="control"
            ?autofocus="${t=>t.autofocus}"
            cols="${t=>t.cols}"
            ?disabled="${t=>t.disabled}"
            form="${t=>t.form}"
            list="${t=>t.list}"
            maxlength="${t=>t.maxlength}"
            minlength="${t=>t.minlength}"
            name="${t=>t.name}"
            placeholder="${t=>t.placeholder}"
            ?readonly="${t=>t.readOnly}"
            ?required="${t=>t.required}"
            rows="${t=>t.rows}"
            ?spellcheck="${t=>t.spellcheck}"
            :value="${t=>t.value}"
            aria-atomic="${t=>t.ariaAtomic}"
            aria-busy="${t=>t.ariaBusy}"
            aria-controls="${t=>t.ariaControls}"
            aria-current="${t=>t.ariaCurrent}"
            aria-describedby="${t=>t.ariaDescribedby}"
            aria-details="${t=>t.ariaDetails}"
            aria-disabled="${t=>t.ariaDisabled}"
            aria-errormessage="${t=>t.ariaErrormessage}"
            aria-flowto="${t=>t.ariaFlowto}"
            aria-haspopup="${t=>t.ariaHaspopup}"
            aria-hidden="${t=>t.ariaHidden}"
            aria-invalid="${t=>t.ariaInvalid}"
            aria-keyshortcuts="${t=>t.ariaKeyshortcuts}"
            aria-label="${t=>t.ariaLabel}"
            aria-labelledby="${t=>t.ariaLabelledby}"
            aria-live="${t=>t.ariaLive}"
            aria-owns="${t=>t.ariaOwns}"
            aria-relevant="${t=>t.ariaRelevant}"
            aria-roledescription="${t=>t.ariaRoledescription}"
            @input="${(t,o)=>t.handleTextInput()}"
            @change="${t=>t.handleChange()}"
            ${X("control")}
        ></textarea>
    </template>
`});var j5=d(()=>{U5();zf()});var q5,G5=d(()=>{x();Ue();Af();q5=(i,e)=>C`
    <template
        class="
            ${t=>t.readOnly?"readonly":""}
        "
    >
        <label
            part="label"
            for="control"
            class="${t=>t.defaultSlottedNodes&&t.defaultSlottedNodes.length?"label":"label label__hidden"}"
        >
            <slot
                ${ie({property:"defaultSlottedNodes",filter:ld})}
            ></slot>
        </label>
        <div class="root" part="root">
            ${Re(i,e)}
            <input
                class="control"
                part="control"
                id="control"
                @input="${t=>t.handleTextInput()}"
                @change="${t=>t.handleChange()}"
                ?autofocus="${t=>t.autofocus}"
                ?disabled="${t=>t.disabled}"
                list="${t=>t.list}"
                maxlength="${t=>t.maxlength}"
                minlength="${t=>t.minlength}"
                pattern="${t=>t.pattern}"
                placeholder="${t=>t.placeholder}"
                ?readonly="${t=>t.readOnly}"
                ?required="${t=>t.required}"
                size="${t=>t.size}"
                ?spellcheck="${t=>t.spellcheck}"
                :value="${t=>t.value}"
                type="${t=>t.type}"
                aria-atomic="${t=>t.ariaAtomic}"
                aria-busy="${t=>t.ariaBusy}"
                aria-controls="${t=>t.ariaControls}"
                aria-current="${t=>t.ariaCurrent}"
                aria-describedby="${t=>t.ariaDescribedby}"
                aria-details="${t=>t.ariaDetails}"
                aria-disabled="${t=>t.ariaDisabled}"
                aria-errormessage="${t=>t.ariaErrormessage}"
                aria-flowto="${t=>t.ariaFlowto}"
                aria-haspopup="${t=>t.ariaHaspopup}"
                aria-hidden="${t=>t.ariaHidden}"
                aria-invalid="${t=>t.ariaInvalid}"
                aria-keyshortcuts="${t=>t.ariaKeyshortcuts}"
                aria-label="${t=>t.ariaLabel}"
                aria-labelledby="${t=>t.ariaLabelledby}"
                aria-live="${t=>t.ariaLive}"
                aria-owns="${t=>t.ariaOwns}"
                aria-relevant="${t=>t.ariaRelevant}"
                aria-roledescription="${t=>t.ariaRoledescription}"
                ${X("control")}
            />
            ${_e(i,e)}
        </div>
    </template>
`});var W5=d(()=>{G5();sd()});var Z5,Q5=d(()=>{x();Ue();Z5=(i,e)=>C`
    <template
        aria-label="${t=>t.ariaLabel}"
        aria-labelledby="${t=>t.ariaLabelledby}"
        aria-orientation="${t=>t.orientation}"
        orientation="${t=>t.orientation}"
        role="toolbar"
        @mousedown="${(t,o)=>t.mouseDownHandler(o.event)}"
        @focusin="${(t,o)=>t.focusinHandler(o.event)}"
        @keydown="${(t,o)=>t.keydownHandler(o.event)}"
        ${lr({property:"childItems",attributeFilter:["disabled","hidden"],filter:Ct(),subtree:!0})}
    >
        <slot name="label"></slot>
        <div class="positioning-region" part="positioning-region">
            ${Re(i,e)}
            <slot
                ${ie({filter:Ct(),property:"slottedItems"})}
            ></slot>
            ${_e(i,e)}
        </div>
    </template>
`});function X5(i){let e=i.getRootNode();return e instanceof ShadowRoot?e.activeElement:document.activeElement}var Y5=d(()=>{});var J5,Yi,cn,K5=d(()=>{Y();x();N();$f();oe();xa();Ue();$t();ur();Y5();J5=Object.freeze({[dr.ArrowUp]:{[Fe.vertical]:-1},[dr.ArrowDown]:{[Fe.vertical]:1},[dr.ArrowLeft]:{[Fe.horizontal]:{[de.ltr]:-1,[de.rtl]:1}},[dr.ArrowRight]:{[Fe.horizontal]:{[de.ltr]:1,[de.rtl]:-1}}}),Yi=class i extends R{constructor(){super(...arguments),this._activeIndex=0,this.direction=de.ltr,this.orientation=Fe.horizontal}get activeIndex(){return V.track(this,"activeIndex"),this._activeIndex}set activeIndex(e){this.$fastController.isConnected&&(this._activeIndex=hr(0,this.focusableElements.length-1,e),V.notify(this,"activeIndex"))}slottedItemsChanged(){this.$fastController.isConnected&&this.reduceFocusableElements()}mouseDownHandler(e){var t;let o=(t=this.focusableElements)===null||t===void 0?void 0:t.findIndex(r=>r.contains(e.target));return o>-1&&this.activeIndex!==o&&this.setFocusedElement(o),!0}childItemsChanged(e,t){this.$fastController.isConnected&&this.reduceFocusableElements()}connectedCallback(){super.connectedCallback(),this.direction=bi(this)}focusinHandler(e){let t=e.relatedTarget;!t||this.contains(t)||this.setFocusedElement()}getDirectionalIncrementer(e){var t,o,r,s,n;return(n=(r=(o=(t=J5[e])===null||t===void 0?void 0:t[this.orientation])===null||o===void 0?void 0:o[this.direction])!==null&&r!==void 0?r:(s=J5[e])===null||s===void 0?void 0:s[this.orientation])!==null&&n!==void 0?n:0}keydownHandler(e){let t=e.key;if(!(t in dr)||e.defaultPrevented||e.shiftKey)return!0;let o=this.getDirectionalIncrementer(t);if(!o)return!e.target.closest("[role=radiogroup]");let r=this.activeIndex+o;return this.focusableElements[r]&&e.preventDefault(),this.setFocusedElement(r),!0}get allSlottedItems(){return[...this.start.assignedElements(),...this.slottedItems,...this.end.assignedElements()]}reduceFocusableElements(){var e;let t=(e=this.focusableElements)===null||e===void 0?void 0:e[this.activeIndex];this.focusableElements=this.allSlottedItems.reduce(i.reduceFocusableItems,[]);let o=this.focusableElements.indexOf(t);this.activeIndex=Math.max(0,o),this.setFocusableElements()}setFocusedElement(e=this.activeIndex){this.activeIndex=e,this.setFocusableElements(),this.focusableElements[this.activeIndex]&&this.contains(X5(this))&&this.focusableElements[this.activeIndex].focus()}static reduceFocusableItems(e,t){var o,r,s,n;let a=t.getAttribute("role")==="radio",l=(r=(o=t.$fastController)===null||o===void 0?void 0:o.definition.shadowOptions)===null||r===void 0?void 0:r.delegatesFocus,c=Array.from((n=(s=t.shadowRoot)===null||s===void 0?void 0:s.querySelectorAll("*"))!==null&&n!==void 0?n:[]).some(h=>Cf(h));return!t.hasAttribute("disabled")&&!t.hasAttribute("hidden")&&(Cf(t)||a||l||c)?(e.push(t),e):t.childElementCount?e.concat(Array.from(t.children).reduce(i.reduceFocusableItems,[])):e}setFocusableElements(){this.$fastController.isConnected&&this.focusableElements.length>0&&this.focusableElements.forEach((e,t)=>{e.tabIndex=this.activeIndex===t?0:-1})}};p([b],Yi.prototype,"direction",void 0);p([f],Yi.prototype,"orientation",void 0);p([b],Yi.prototype,"slottedItems",void 0);p([b],Yi.prototype,"slottedLabel",void 0);p([b],Yi.prototype,"childItems",void 0);cn=class{};p([f({attribute:"aria-labelledby"})],cn.prototype,"ariaLabelledby",void 0);p([f({attribute:"aria-label"})],cn.prototype,"ariaLabel",void 0);ae(cn,ge);ae(Yi,ke,cn)});var ew=d(()=>{Q5();K5()});var tw,iw=d(()=>{x();jc();tw=(i,e)=>C`
        ${ue(t=>t.tooltipVisible,C`
            <${i.tagFor(K)}
                fixed-placement="true"
                auto-update-mode="${t=>t.autoUpdateMode}"
                vertical-positioning-mode="${t=>t.verticalPositioningMode}"
                vertical-default-position="${t=>t.verticalDefaultPosition}"
                vertical-inset="${t=>t.verticalInset}"
                vertical-scaling="${t=>t.verticalScaling}"
                horizontal-positioning-mode="${t=>t.horizontalPositioningMode}"
                horizontal-default-position="${t=>t.horizontalDefaultPosition}"
                horizontal-scaling="${t=>t.horizontalScaling}"
                horizontal-inset="${t=>t.horizontalInset}"
                vertical-viewport-lock="${t=>t.horizontalViewportLock}"
                horizontal-viewport-lock="${t=>t.verticalViewportLock}"
                dir="${t=>t.currentDirection}"
                ${X("region")}
            >
                <div class="tooltip" part="tooltip" role="tooltip">
                    <slot></slot>
                </div>
            </${i.tagFor(K)}>
        `)}
    `});var ii,ow=d(()=>{ii={top:"top",right:"right",bottom:"bottom",left:"left",start:"start",end:"end",topLeft:"top-left",topRight:"top-right",bottomLeft:"bottom-left",bottomRight:"bottom-right",topStart:"top-start",topEnd:"top-end",bottomStart:"bottom-start",bottomEnd:"bottom-end"}});var Ze,rw=d(()=>{Y();x();N();ur();oe();ow();Ze=class extends R{constructor(){super(...arguments),this.anchor="",this.delay=300,this.autoUpdateMode="anchor",this.anchorElement=null,this.viewportElement=null,this.verticalPositioningMode="dynamic",this.horizontalPositioningMode="dynamic",this.horizontalInset="false",this.verticalInset="false",this.horizontalScaling="content",this.verticalScaling="content",this.verticalDefaultPosition=void 0,this.horizontalDefaultPosition=void 0,this.tooltipVisible=!1,this.currentDirection=de.ltr,this.showDelayTimer=null,this.hideDelayTimer=null,this.isAnchorHoveredFocused=!1,this.isRegionHovered=!1,this.handlePositionChange=e=>{this.classList.toggle("top",this.region.verticalPosition==="start"),this.classList.toggle("bottom",this.region.verticalPosition==="end"),this.classList.toggle("inset-top",this.region.verticalPosition==="insetStart"),this.classList.toggle("inset-bottom",this.region.verticalPosition==="insetEnd"),this.classList.toggle("center-vertical",this.region.verticalPosition==="center"),this.classList.toggle("left",this.region.horizontalPosition==="start"),this.classList.toggle("right",this.region.horizontalPosition==="end"),this.classList.toggle("inset-left",this.region.horizontalPosition==="insetStart"),this.classList.toggle("inset-right",this.region.horizontalPosition==="insetEnd"),this.classList.toggle("center-horizontal",this.region.horizontalPosition==="center")},this.handleRegionMouseOver=e=>{this.isRegionHovered=!0},this.handleRegionMouseOut=e=>{this.isRegionHovered=!1,this.startHideDelayTimer()},this.handleAnchorMouseOver=e=>{if(this.tooltipVisible){this.isAnchorHoveredFocused=!0;return}this.startShowDelayTimer()},this.handleAnchorMouseOut=e=>{this.isAnchorHoveredFocused=!1,this.clearShowDelayTimer(),this.startHideDelayTimer()},this.handleAnchorFocusIn=e=>{this.startShowDelayTimer()},this.handleAnchorFocusOut=e=>{this.isAnchorHoveredFocused=!1,this.clearShowDelayTimer(),this.startHideDelayTimer()},this.startHideDelayTimer=()=>{this.clearHideDelayTimer(),this.tooltipVisible&&(this.hideDelayTimer=window.setTimeout(()=>{this.updateTooltipVisibility()},60))},this.clearHideDelayTimer=()=>{this.hideDelayTimer!==null&&(clearTimeout(this.hideDelayTimer),this.hideDelayTimer=null)},this.startShowDelayTimer=()=>{if(!this.isAnchorHoveredFocused){if(this.delay>1){this.showDelayTimer===null&&(this.showDelayTimer=window.setTimeout(()=>{this.startHover()},this.delay));return}this.startHover()}},this.startHover=()=>{this.isAnchorHoveredFocused=!0,this.updateTooltipVisibility()},this.clearShowDelayTimer=()=>{this.showDelayTimer!==null&&(clearTimeout(this.showDelayTimer),this.showDelayTimer=null)},this.getAnchor=()=>{let e=this.getRootNode();return e instanceof ShadowRoot?e.getElementById(this.anchor):document.getElementById(this.anchor)},this.handleDocumentKeydown=e=>{!e.defaultPrevented&&this.tooltipVisible&&e.key===ai&&(this.isAnchorHoveredFocused=!1,this.updateTooltipVisibility(),this.$emit("dismiss"))},this.updateTooltipVisibility=()=>{if(this.visible===!1)this.hideTooltip();else if(this.visible===!0){this.showTooltip();return}else{if(this.isAnchorHoveredFocused||this.isRegionHovered){this.showTooltip();return}this.hideTooltip()}},this.showTooltip=()=>{this.tooltipVisible||(this.currentDirection=bi(this),this.tooltipVisible=!0,document.addEventListener("keydown",this.handleDocumentKeydown),I.queueUpdate(this.setRegionProps))},this.hideTooltip=()=>{this.tooltipVisible&&(this.clearHideDelayTimer(),this.region!==null&&this.region!==void 0&&(this.region.removeEventListener("positionchange",this.handlePositionChange),this.region.viewportElement=null,this.region.anchorElement=null,this.region.removeEventListener("mouseover",this.handleRegionMouseOver),this.region.removeEventListener("mouseout",this.handleRegionMouseOut)),document.removeEventListener("keydown",this.handleDocumentKeydown),this.tooltipVisible=!1)},this.setRegionProps=()=>{this.tooltipVisible&&(this.region.viewportElement=this.viewportElement,this.region.anchorElement=this.anchorElement,this.region.addEventListener("positionchange",this.handlePositionChange),this.region.addEventListener("mouseover",this.handleRegionMouseOver,{passive:!0}),this.region.addEventListener("mouseout",this.handleRegionMouseOut,{passive:!0}))}}visibleChanged(){this.$fastController.isConnected&&(this.updateTooltipVisibility(),this.updateLayout())}anchorChanged(){this.$fastController.isConnected&&(this.anchorElement=this.getAnchor())}positionChanged(){this.$fastController.isConnected&&this.updateLayout()}anchorElementChanged(e){if(this.$fastController.isConnected){if(e!=null&&(e.removeEventListener("mouseover",this.handleAnchorMouseOver),e.removeEventListener("mouseout",this.handleAnchorMouseOut),e.removeEventListener("focusin",this.handleAnchorFocusIn),e.removeEventListener("focusout",this.handleAnchorFocusOut)),this.anchorElement!==null&&this.anchorElement!==void 0){this.anchorElement.addEventListener("mouseover",this.handleAnchorMouseOver,{passive:!0}),this.anchorElement.addEventListener("mouseout",this.handleAnchorMouseOut,{passive:!0}),this.anchorElement.addEventListener("focusin",this.handleAnchorFocusIn,{passive:!0}),this.anchorElement.addEventListener("focusout",this.handleAnchorFocusOut,{passive:!0});let t=this.anchorElement.id;this.anchorElement.parentElement!==null&&this.anchorElement.parentElement.querySelectorAll(":hover").forEach(o=>{o.id===t&&this.startShowDelayTimer()})}this.region!==null&&this.region!==void 0&&this.tooltipVisible&&(this.region.anchorElement=this.anchorElement),this.updateLayout()}}viewportElementChanged(){this.region!==null&&this.region!==void 0&&(this.region.viewportElement=this.viewportElement),this.updateLayout()}connectedCallback(){super.connectedCallback(),this.anchorElement=this.getAnchor(),this.updateTooltipVisibility()}disconnectedCallback(){this.hideTooltip(),this.clearShowDelayTimer(),this.clearHideDelayTimer(),super.disconnectedCallback()}updateLayout(){switch(this.verticalPositioningMode="locktodefault",this.horizontalPositioningMode="locktodefault",this.position){case ii.top:case ii.bottom:this.verticalDefaultPosition=this.position,this.horizontalDefaultPosition="center";break;case ii.right:case ii.left:case ii.start:case ii.end:this.verticalDefaultPosition="center",this.horizontalDefaultPosition=this.position;break;case ii.topLeft:this.verticalDefaultPosition="top",this.horizontalDefaultPosition="left";break;case ii.topRight:this.verticalDefaultPosition="top",this.horizontalDefaultPosition="right";break;case ii.bottomLeft:this.verticalDefaultPosition="bottom",this.horizontalDefaultPosition="left";break;case ii.bottomRight:this.verticalDefaultPosition="bottom",this.horizontalDefaultPosition="right";break;case ii.topStart:this.verticalDefaultPosition="top",this.horizontalDefaultPosition="start";break;case ii.topEnd:this.verticalDefaultPosition="top",this.horizontalDefaultPosition="end";break;case ii.bottomStart:this.verticalDefaultPosition="bottom",this.horizontalDefaultPosition="start";break;case ii.bottomEnd:this.verticalDefaultPosition="bottom",this.horizontalDefaultPosition="end";break;default:this.verticalPositioningMode="dynamic",this.horizontalPositioningMode="dynamic",this.verticalDefaultPosition=void 0,this.horizontalDefaultPosition="center";break}}};p([f({mode:"boolean"})],Ze.prototype,"visible",void 0);p([f],Ze.prototype,"anchor",void 0);p([f],Ze.prototype,"delay",void 0);p([f],Ze.prototype,"position",void 0);p([f({attribute:"auto-update-mode"})],Ze.prototype,"autoUpdateMode",void 0);p([f({attribute:"horizontal-viewport-lock"})],Ze.prototype,"horizontalViewportLock",void 0);p([f({attribute:"vertical-viewport-lock"})],Ze.prototype,"verticalViewportLock",void 0);p([b],Ze.prototype,"anchorElement",void 0);p([b],Ze.prototype,"viewportElement",void 0);p([b],Ze.prototype,"verticalPositioningMode",void 0);p([b],Ze.prototype,"horizontalPositioningMode",void 0);p([b],Ze.prototype,"horizontalInset",void 0);p([b],Ze.prototype,"verticalInset",void 0);p([b],Ze.prototype,"horizontalScaling",void 0);p([b],Ze.prototype,"verticalScaling",void 0);p([b],Ze.prototype,"verticalDefaultPosition",void 0);p([b],Ze.prototype,"horizontalDefaultPosition",void 0);p([b],Ze.prototype,"tooltipVisible",void 0);p([b],Ze.prototype,"currentDirection",void 0)});var sw=d(()=>{iw();rw()});var nw,aw=d(()=>{x();Ue();nw=(i,e)=>C`
    <template
        role="treeitem"
        slot="${t=>t.isNestedItem()?"item":void 0}"
        tabindex="-1"
        class="${t=>t.expanded?"expanded":""} ${t=>t.selected?"selected":""} ${t=>t.nested?"nested":""}
            ${t=>t.disabled?"disabled":""}"
        aria-expanded="${t=>t.childItems&&t.childItemLength()>0?t.expanded:void 0}"
        aria-selected="${t=>t.selected}"
        aria-disabled="${t=>t.disabled}"
        @focusin="${(t,o)=>t.handleFocus(o.event)}"
        @focusout="${(t,o)=>t.handleBlur(o.event)}"
        ${lr({property:"childItems",filter:Ct()})}
    >
        <div class="positioning-region" part="positioning-region">
            <div class="content-region" part="content-region">
                ${ue(t=>t.childItems&&t.childItemLength()>0,C`
                        <div
                            aria-hidden="true"
                            class="expand-collapse-button"
                            part="expand-collapse-button"
                            @click="${(t,o)=>t.handleExpandCollapseButtonClick(o.event)}"
                            ${X("expandCollapseButton")}
                        >
                            <slot name="expand-collapse-glyph">
                                ${e.expandCollapseGlyph||""}
                            </slot>
                        </div>
                    `)}
                ${Re(i,e)}
                <slot></slot>
                ${_e(i,e)}
            </div>
        </div>
        ${ue(t=>t.childItems&&t.childItemLength()>0&&(t.expanded||t.renderCollapsedChildren),C`
                <div role="group" class="items" part="items">
                    <slot name="item" ${ie("items")}></slot>
                </div>
            `)}
    </template>
`});function Ao(i){return ao(i)&&i.getAttribute("role")==="treeitem"}var Qe,Nf=d(()=>{Y();x();N();Ue();$t();oe();Qe=class extends R{constructor(){super(...arguments),this.expanded=!1,this.focusable=!1,this.isNestedItem=()=>Ao(this.parentElement),this.handleExpandCollapseButtonClick=e=>{!this.disabled&&!e.defaultPrevented&&(this.expanded=!this.expanded)},this.handleFocus=e=>{this.setAttribute("tabindex","0")},this.handleBlur=e=>{this.setAttribute("tabindex","-1")}}expandedChanged(){this.$fastController.isConnected&&this.$emit("expanded-change",this)}selectedChanged(){this.$fastController.isConnected&&this.$emit("selected-change",this)}itemsChanged(e,t){this.$fastController.isConnected&&this.items.forEach(o=>{Ao(o)&&(o.nested=!0)})}static focusItem(e){e.focusable=!0,e.focus()}childItemLength(){let e=this.childItems.filter(t=>Ao(t));return e?e.length:0}};p([f({mode:"boolean"})],Qe.prototype,"expanded",void 0);p([f({mode:"boolean"})],Qe.prototype,"selected",void 0);p([f({mode:"boolean"})],Qe.prototype,"disabled",void 0);p([b],Qe.prototype,"focusable",void 0);p([b],Qe.prototype,"childItems",void 0);p([b],Qe.prototype,"items",void 0);p([b],Qe.prototype,"nested",void 0);p([b],Qe.prototype,"renderCollapsedChildren",void 0);ae(Qe,ke)});var lw=d(()=>{aw();Nf()});var cw,dw=d(()=>{x();cw=(i,e)=>C`
    <template
        role="tree"
        ${X("treeView")}
        @keydown="${(t,o)=>t.handleKeyDown(o.event)}"
        @focusin="${(t,o)=>t.handleFocus(o.event)}"
        @focusout="${(t,o)=>t.handleBlur(o.event)}"
        @click="${(t,o)=>t.handleClick(o.event)}"
        @selected-change="${(t,o)=>t.handleSelectedChange(o.event)}"
    >
        <slot ${ie("slottedTreeItems")}></slot>
    </template>
`});var us,hw=d(()=>{Y();x();N();Nf();oe();us=class extends R{constructor(){super(...arguments),this.currentFocused=null,this.handleFocus=e=>{if(!(this.slottedTreeItems.length<1)){if(e.target===this){this.currentFocused===null&&(this.currentFocused=this.getValidFocusableItem()),this.currentFocused!==null&&Qe.focusItem(this.currentFocused);return}this.contains(e.target)&&(this.setAttribute("tabindex","-1"),this.currentFocused=e.target)}},this.handleBlur=e=>{e.target instanceof HTMLElement&&(e.relatedTarget===null||!this.contains(e.relatedTarget))&&this.setAttribute("tabindex","0")},this.handleKeyDown=e=>{if(e.defaultPrevented)return;if(this.slottedTreeItems.length<1)return!0;let t=this.getVisibleNodes();switch(e.key){case ut:t.length&&Qe.focusItem(t[0]);return;case pt:t.length&&Qe.focusItem(t[t.length-1]);return;case Ut:if(e.target&&this.isFocusableElement(e.target)){let o=e.target;o instanceof Qe&&o.childItemLength()>0&&o.expanded?o.expanded=!1:o instanceof Qe&&o.parentElement instanceof Qe&&Qe.focusItem(o.parentElement)}return!1;case jt:if(e.target&&this.isFocusableElement(e.target)){let o=e.target;o instanceof Qe&&o.childItemLength()>0&&!o.expanded?o.expanded=!0:o instanceof Qe&&o.childItemLength()>0&&this.focusNextNode(1,e.target)}return;case je:e.target&&this.isFocusableElement(e.target)&&this.focusNextNode(1,e.target);return;case qe:e.target&&this.isFocusableElement(e.target)&&this.focusNextNode(-1,e.target);return;case it:this.handleClick(e);return}return!0},this.handleSelectedChange=e=>{if(e.defaultPrevented)return;if(!(e.target instanceof Element)||!Ao(e.target))return!0;let t=e.target;t.selected?(this.currentSelected&&this.currentSelected!==t&&(this.currentSelected.selected=!1),this.currentSelected=t):!t.selected&&this.currentSelected===t&&(this.currentSelected=null)},this.setItems=()=>{let e=this.treeView.querySelector("[aria-selected='true']");this.currentSelected=e,(this.currentFocused===null||!this.contains(this.currentFocused))&&(this.currentFocused=this.getValidFocusableItem()),this.nested=this.checkForNestedItems(),this.getVisibleNodes().forEach(o=>{Ao(o)&&(o.nested=this.nested)})},this.isFocusableElement=e=>Ao(e),this.isSelectedElement=e=>e.selected}slottedTreeItemsChanged(){this.$fastController.isConnected&&this.setItems()}connectedCallback(){super.connectedCallback(),this.setAttribute("tabindex","0"),I.queueUpdate(()=>{this.setItems()})}handleClick(e){if(e.defaultPrevented)return;if(!(e.target instanceof Element)||!Ao(e.target))return!0;let t=e.target;t.disabled||(t.selected=!t.selected)}focusNextNode(e,t){let o=this.getVisibleNodes();if(!o)return;let r=o[o.indexOf(t)+e];ao(r)&&Qe.focusItem(r)}getValidFocusableItem(){let e=this.getVisibleNodes(),t=e.findIndex(this.isSelectedElement);return t===-1&&(t=e.findIndex(this.isFocusableElement)),t!==-1?e[t]:null}checkForNestedItems(){return this.slottedTreeItems.some(e=>Ao(e)&&e.querySelector("[role='treeitem']"))}getVisibleNodes(){return rb(this,"[role='treeitem']")||[]}};p([f({attribute:"render-collapsed-nodes"})],us.prototype,"renderCollapsedNodes",void 0);p([b],us.prototype,"currentSelected",void 0);p([b],us.prototype,"slottedTreeItems",void 0)});var uw=d(()=>{dw();hw()});var Uf,Aa,B,VG,BG,pw=d(()=>{Uf=class{constructor(e){this.listenerCache=new WeakMap,this.query=e}bind(e){let{query:t}=this,o=this.constructListener(e);o.bind(t)(),t.addListener(o),this.listenerCache.set(e,o)}unbind(e){let t=this.listenerCache.get(e);t&&(this.query.removeListener(t),this.listenerCache.delete(e))}},Aa=class i extends Uf{constructor(e,t){super(e),this.styles=t}static with(e){return t=>new i(e,t)}constructListener(e){let t=!1,o=this.styles;return function(){let{matches:s}=this;s&&!t?(e.$fastController.addStyles(o),t=s):!s&&t&&(e.$fastController.removeStyles(o),t=s)}}unbind(e){super.unbind(e),e.$fastController.removeStyles(this.styles)}},B=Aa.with(window.matchMedia("(forced-colors)")),VG=Aa.with(window.matchMedia("(prefers-color-scheme: dark)")),BG=Aa.with(window.matchMedia("(prefers-color-scheme: light)"))});var bd,fw=d(()=>{x();bd=class{constructor(e,t,o){this.propertyName=e,this.value=t,this.styles=o}bind(e){V.getNotifier(e).subscribe(this,this.propertyName),this.handleChange(e,this.propertyName)}unbind(e){V.getNotifier(e).unsubscribe(this,this.propertyName),e.$fastController.removeStyles(this.styles)}handleChange(e,t){e[t]===this.value?e.$fastController.addStyles(this.styles):e.$fastController.removeStyles(this.styles)}}});var Xe,mw=d(()=>{Xe="not-allowed"});function H(i){return`${PS}:host{display:${i}}`}var PS,gw=d(()=>{PS=":host([hidden]){display:none}"});var q,vw=d(()=>{N();q=sb()?"focus-visible":"focus"});var bw=d(()=>{mw();gw();vw()});var yw=d(()=>{$t();Yc();pw();fw();bw();ur();Af()});var L=d(()=>{W1();Sb();kb();Zp();Ab();Hb();zb();qb();ey();hy();my();xy();ky();cy();Iy();mf();Ly();By();Uy();Qy();Ky();ex();tx();rx();ax();vx();If();Sx();Dx();os();Ox();Bx();jx();Qx();Kx();o5();l5();u5();g5();w5();_5();I5();A5();V5();j5();W5();ew();sw();lw();uw();yw()});function Ii(i,e,t){return isNaN(i)||i<=e?e:i>=t?t:i}function yd(i,e,t){return isNaN(i)||i<=e?0:i>=t?1:i/(t-e)}function wr(i,e,t){return isNaN(i)?e:e+i*(t-e)}function jf(i){return i*(Math.PI/180)}function xw(i){return i*(180/Math.PI)}function ww(i){let e=Math.round(Ii(i,0,255)).toString(16);return e.length===1?"0"+e:e}function Mt(i,e,t){return isNaN(i)||i<=0?e:i>=1?t:e+i*(t-e)}function xd(i,e,t){if(i<=0)return e%360;if(i>=1)return t%360;let o=(e-t+360)%360,r=(t-e+360)%360;return o<=r?(e-o*i+360)%360:(e+o*i+360)%360}function De(i,e){let t=Math.pow(10,e);return Math.round(i*t)/t}var rZ,Li=d(()=>{rZ=Math.PI*2});var Ji,Pa=d(()=>{Li();Ji=class i{constructor(e,t,o){this.h=e,this.s=t,this.l=o}static fromObject(e){return e&&!isNaN(e.h)&&!isNaN(e.s)&&!isNaN(e.l)?new i(e.h,e.s,e.l):null}equalValue(e){return this.h===e.h&&this.s===e.s&&this.l===e.l}roundToPrecision(e){return new i(De(this.h,e),De(this.s,e),De(this.l,e))}toObject(){return{h:this.h,s:this.s,l:this.l}}}});var dn,wd=d(()=>{Li();dn=class i{constructor(e,t,o){this.h=e,this.s=t,this.v=o}static fromObject(e){return e&&!isNaN(e.h)&&!isNaN(e.s)&&!isNaN(e.v)?new i(e.h,e.s,e.v):null}equalValue(e){return this.h===e.h&&this.s===e.s&&this.v===e.v}roundToPrecision(e){return new i(De(this.h,e),De(this.s,e),De(this.v,e))}toObject(){return{h:this.h,s:this.s,v:this.v}}}});var rt,Cd=d(()=>{Li();rt=class i{constructor(e,t,o){this.l=e,this.a=t,this.b=o}static fromObject(e){return e&&!isNaN(e.l)&&!isNaN(e.a)&&!isNaN(e.b)?new i(e.l,e.a,e.b):null}equalValue(e){return this.l===e.l&&this.a===e.a&&this.b===e.b}roundToPrecision(e){return new i(De(this.l,e),De(this.a,e),De(this.b,e))}toObject(){return{l:this.l,a:this.a,b:this.b}}};rt.epsilon=216/24389;rt.kappa=24389/27});var Cr,Oa=d(()=>{Li();Cr=class i{constructor(e,t,o){this.l=e,this.c=t,this.h=o}static fromObject(e){return e&&!isNaN(e.l)&&!isNaN(e.c)&&!isNaN(e.h)?new i(e.l,e.c,e.h):null}equalValue(e){return this.l===e.l&&this.c===e.c&&this.h===e.h}roundToPrecision(e){return new i(De(this.l,e),De(this.c,e),De(this.h,e))}toObject(){return{l:this.l,c:this.c,h:this.h}}}});var he,$r=d(()=>{Li();he=class i{constructor(e,t,o,r){this.r=e,this.g=t,this.b=o,this.a=typeof r=="number"&&!isNaN(r)?r:1}static fromObject(e){return e&&!isNaN(e.r)&&!isNaN(e.g)&&!isNaN(e.b)?new i(e.r,e.g,e.b,e.a):null}equalValue(e){return this.r===e.r&&this.g===e.g&&this.b===e.b&&this.a===e.a}toStringHexRGB(){return"#"+[this.r,this.g,this.b].map(this.formatHexValue).join("")}toStringHexRGBA(){return this.toStringHexRGB()+this.formatHexValue(this.a)}toStringHexARGB(){return"#"+[this.a,this.r,this.g,this.b].map(this.formatHexValue).join("")}toStringWebRGB(){return`rgb(${Math.round(wr(this.r,0,255))},${Math.round(wr(this.g,0,255))},${Math.round(wr(this.b,0,255))})`}toStringWebRGBA(){return`rgba(${Math.round(wr(this.r,0,255))},${Math.round(wr(this.g,0,255))},${Math.round(wr(this.b,0,255))},${Ii(this.a,0,1)})`}roundToPrecision(e){return new i(De(this.r,e),De(this.g,e),De(this.b,e),De(this.a,e))}clamp(){return new i(Ii(this.r,0,1),Ii(this.g,0,1),Ii(this.b,0,1),Ii(this.a,0,1))}toObject(){return{r:this.r,g:this.g,b:this.b,a:this.a}}formatHexValue(e){return ww(wr(e,0,255))}}});var oi,$d=d(()=>{Li();oi=class i{constructor(e,t,o){this.x=e,this.y=t,this.z=o}static fromObject(e){return e&&!isNaN(e.x)&&!isNaN(e.y)&&!isNaN(e.z)?new i(e.x,e.y,e.z):null}equalValue(e){return this.x===e.x&&this.y===e.y&&this.z===e.z}roundToPrecision(e){return new i(De(this.x,e),De(this.y,e),De(this.z,e))}toObject(){return{x:this.x,y:this.y,z:this.z}}};oi.whitePoint=new oi(.95047,1,1.08883)});function Sd(i){return i.r*.2126+i.g*.7152+i.b*.0722}function hn(i){function e(t){return t<=.03928?t/12.92:Math.pow((t+.055)/1.055,2.4)}return Sd(new he(e(i.r),e(i.g),e(i.b),1))}function Wf(i,e){let t=hn(i),o=hn(e);return t>o?Cw(t,o):Cw(o,t)}function qf(i,e,t){return t-e===0?0:(i-e)/(t-e)}function Gf(i,e,t){let o=qf(i.r,e.r,t.r),r=qf(i.g,e.g,t.g),s=qf(i.b,e.b,t.b);return(o+r+s)/3}function $w(i,e,t=null){let o=0,r=t;return r!==null?o=Gf(i,e,r):(r=new he(0,0,0,1),o=Gf(i,e,r),o<=0&&(r=new he(1,1,1,1),o=Gf(i,e,r))),o=Math.round(o*1e3)/1e3,new he(r.r,r.g,r.b,o)}function Di(i){let e=Math.max(i.r,i.g,i.b),t=Math.min(i.r,i.g,i.b),o=e-t,r=0;o!==0&&(e===i.r?r=60*((i.g-i.b)/o%6):e===i.g?r=60*((i.b-i.r)/o+2):r=60*((i.r-i.g)/o+4)),r<0&&(r+=360);let s=(e+t)/2,n=0;return o!==0&&(n=o/(1-Math.abs(2*s-1))),new Ji(r,n,s)}function Sr(i,e=1){let t=(1-Math.abs(2*i.l-1))*i.s,o=t*(1-Math.abs(i.h/60%2-1)),r=i.l-t/2,s=0,n=0,a=0;return i.h<60?(s=t,n=o,a=0):i.h<120?(s=o,n=t,a=0):i.h<180?(s=0,n=t,a=o):i.h<240?(s=0,n=o,a=t):i.h<300?(s=o,n=0,a=t):i.h<360&&(s=t,n=0,a=o),new he(s+r,n+r,a+r,e)}function Zf(i){let e=Math.max(i.r,i.g,i.b),t=Math.min(i.r,i.g,i.b),o=e-t,r=0;o!==0&&(e===i.r?r=60*((i.g-i.b)/o%6):e===i.g?r=60*((i.b-i.r)/o+2):r=60*((i.r-i.g)/o+4)),r<0&&(r+=360);let s=0;return e!==0&&(s=o/e),new dn(r,s,e)}function Sw(i,e=1){let t=i.s*i.v,o=t*(1-Math.abs(i.h/60%2-1)),r=i.v-t,s=0,n=0,a=0;return i.h<60?(s=t,n=o,a=0):i.h<120?(s=o,n=t,a=0):i.h<180?(s=0,n=t,a=o):i.h<240?(s=0,n=o,a=t):i.h<300?(s=o,n=0,a=t):i.h<360&&(s=t,n=0,a=o),new he(s+r,n+r,a+r,e)}function OS(i){let e=0,t=0;return i.h!==0&&(e=Math.cos(jf(i.h))*i.c,t=Math.sin(jf(i.h))*i.c),new rt(i.l,e,t)}function MS(i){let e=0;(Math.abs(i.b)>.001||Math.abs(i.a)>.001)&&(e=xw(Math.atan2(i.b,i.a))),e<0&&(e+=360);let t=Math.sqrt(i.a*i.a+i.b*i.b);return new Cr(i.l,t,e)}function HS(i){let e=(i.l+16)/116,t=e+i.a/500,o=e-i.b/200,r=Math.pow(t,3),s=Math.pow(e,3),n=Math.pow(o,3),a=0;r>rt.epsilon?a=r:a=(116*t-16)/rt.kappa;let l=0;i.l>rt.epsilon*rt.kappa?l=s:l=i.l/rt.kappa;let c=0;return n>rt.epsilon?c=n:c=(116*o-16)/rt.kappa,a=oi.whitePoint.x*a,l=oi.whitePoint.y*l,c=oi.whitePoint.z*c,new oi(a,l,c)}function VS(i){function e(l){return l>rt.epsilon?Math.pow(l,1/3):(rt.kappa*l+16)/116}let t=e(i.x/oi.whitePoint.x),o=e(i.y/oi.whitePoint.y),r=e(i.z/oi.whitePoint.z),s=116*o-16,n=500*(t-o),a=200*(o-r);return new rt(s,n,a)}function kd(i){function e(l){return l<=.04045?l/12.92:Math.pow((l+.055)/1.055,2.4)}let t=e(i.r),o=e(i.g),r=e(i.b),s=t*.4124564+o*.3575761+r*.1804375,n=t*.2126729+o*.7151522+r*.072175,a=t*.0193339+o*.119192+r*.9503041;return new oi(s,n,a)}function Qf(i,e=1){function t(n){return n<=.0031308?n*12.92:1.055*Math.pow(n,1/2.4)-.055}let o=t(i.x*3.2404542-i.y*1.5371385-i.z*.4985314),r=t(i.x*-.969266+i.y*1.8760108+i.z*.041556),s=t(i.x*.0556434-i.y*.2040259+i.z*1.0572252);return new he(o,r,s,e)}function ps(i){return VS(kd(i))}function kr(i,e=1){return Qf(HS(i),e)}function Ma(i){return MS(ps(i))}function _d(i,e=1){return kr(OS(i),e)}var Cw,fs=d(()=>{Pa();wd();Cd();Oa();$r();$d();Li();Cw=(i,e)=>(i+.05)/(e+.05)});function Jf(i,e,t=18){let o=Ma(i),r=o.c+e*t;return r<0&&(r=0),_d(new Cr(o.l,r,o.h))}function Xf(i,e){return i*e}function Kf(i,e){return new he(Xf(i.r,e.r),Xf(i.g,e.g),Xf(i.b,e.b),1)}function Yf(i,e){return i<.5?Ii(2*e*i,0,1):Ii(1-2*(1-e)*(1-i),0,1)}function em(i,e){return new he(Yf(i.r,e.r),Yf(i.g,e.g),Yf(i.b,e.b),1)}function _w(i,e){if(e.a>=1)return e;if(e.a<=0)return new he(i.r,i.g,i.b,1);let t=e.a*e.r+(1-e.a)*i.r,o=e.a*e.g+(1-e.a)*i.g,r=e.a*e.b+(1-e.a)*i.b;return new he(t,o,r,1)}var kw,tm=d(()=>{fs();Oa();$r();Li();(function(i){i[i.Burn=0]="Burn",i[i.Color=1]="Color",i[i.Darken=2]="Darken",i[i.Dodge=3]="Dodge",i[i.Lighten=4]="Lighten",i[i.Multiply=5]="Multiply",i[i.Overlay=6]="Overlay",i[i.Screen=7]="Screen"})(kw||(kw={}))});function un(i,e,t){return isNaN(i)||i<=0?e:i>=1?t:new he(Mt(i,e.r,t.r),Mt(i,e.g,t.g),Mt(i,e.b,t.b),Mt(i,e.a,t.a))}function BS(i,e,t){return isNaN(i)||i<=0?e:i>=1?t:new Ji(xd(i,e.h,t.h),Mt(i,e.s,t.s),Mt(i,e.l,t.l))}function zS(i,e,t){return isNaN(i)||i<=0?e:i>=1?t:new dn(xd(i,e.h,t.h),Mt(i,e.s,t.s),Mt(i,e.v,t.v))}function NS(i,e,t){return isNaN(i)||i<=0?e:i>=1?t:new oi(Mt(i,e.x,t.x),Mt(i,e.y,t.y),Mt(i,e.z,t.z))}function US(i,e,t){return isNaN(i)||i<=0?e:i>=1?t:new rt(Mt(i,e.l,t.l),Mt(i,e.a,t.a),Mt(i,e.b,t.b))}function jS(i,e,t){return isNaN(i)||i<=0?e:i>=1?t:new Cr(Mt(i,e.l,t.l),Mt(i,e.c,t.c),xd(i,e.h,t.h))}function ms(i,e,t,o){if(isNaN(i)||i<=0)return t;if(i>=1)return o;switch(e){case Gt.HSL:return Sr(BS(i,Di(t),Di(o)));case Gt.HSV:return Sw(zS(i,Zf(t),Zf(o)));case Gt.XYZ:return Qf(NS(i,kd(t),kd(o)));case Gt.LAB:return kr(US(i,ps(t),ps(o)));case Gt.LCH:return _d(jS(i,Ma(t),Ma(o)));default:return un(i,t,o)}}var Gt,Ha=d(()=>{fs();Pa();wd();Cd();Oa();$r();$d();Li();(function(i){i[i.RGB=0]="RGB",i[i.HSL=1]="HSL",i[i.HSV=2]="HSV",i[i.XYZ=3]="XYZ",i[i.LAB=4]="LAB",i[i.LCH=5]="LCH"})(Gt||(Gt={}))});var ho,Rd=d(()=>{fs();Ha();ho=class i{constructor(e){if(e==null||e.length===0)throw new Error("The stops argument must be non-empty");this.stops=this.sortColorScaleStops(e)}static createBalancedColorScale(e){if(e==null||e.length===0)throw new Error("The colors argument must be non-empty");let t=new Array(e.length);for(let o=0;o<e.length;o++)o===0?t[o]={color:e[o],position:0}:o===e.length-1?t[o]={color:e[o],position:1}:t[o]={color:e[o],position:o*(1/(e.length-1))};return new i(t)}getColor(e,t=Gt.RGB){if(this.stops.length===1)return this.stops[0].color;if(e<=0)return this.stops[0].color;if(e>=1)return this.stops[this.stops.length-1].color;let o=0;for(let n=0;n<this.stops.length;n++)this.stops[n].position<=e&&(o=n);let r=o+1;r>=this.stops.length&&(r=this.stops.length-1);let s=(e-this.stops[o].position)*(1/(this.stops[r].position-this.stops[o].position));return ms(s,t,this.stops[o].color,this.stops[r].color)}trim(e,t,o=Gt.RGB){if(e<0||t>1||t<e)throw new Error("Invalid bounds");if(e===t)return new i([{color:this.getColor(e,o),position:0}]);let r=[];for(let a=0;a<this.stops.length;a++)this.stops[a].position>=e&&this.stops[a].position<=t&&r.push(this.stops[a]);if(r.length===0)return new i([{color:this.getColor(e),position:e},{color:this.getColor(t),position:t}]);r[0].position!==e&&r.unshift({color:this.getColor(e),position:e}),r[r.length-1].position!==t&&r.push({color:this.getColor(t),position:t});let s=t-e,n=new Array(r.length);for(let a=0;a<r.length;a++)n[a]={color:r[a].color,position:(r[a].position-e)/s};return new i(n)}findNextColor(e,t,o=!1,r=Gt.RGB,s=.005,n=32){isNaN(e)||e<=0?e=0:e>=1&&(e=1);let a=this.getColor(e,r),l=o?0:1,c=this.getColor(l,r);if(Wf(a,c)<=t)return l;let u=o?0:e,v=o?e:0,y=l,S=0;for(;S<=n;){y=Math.abs(v-u)/2+u;let O=this.getColor(y,r),j=Wf(a,O);if(Math.abs(j-t)<=s)return y;j>t?o?u=y:v=y:o?v=y:u=y,S++}return y}clone(){let e=new Array(this.stops.length);for(let t=0;t<e.length;t++)e[t]={color:this.stops[t].color,position:this.stops[t].position};return new i(e)}sortColorScaleStops(e){return e.sort((t,o)=>{let r=t.position,s=o.position;return r<s?-1:r>s?1:0})}}});function Wt(i){let e=qS.exec(i);if(e===null)return null;let t=e[1];if(t.length===3){let r=t.charAt(0),s=t.charAt(1),n=t.charAt(2);t=r.concat(r,s,s,n,n)}let o=parseInt(t,16);return isNaN(o)?null:new he(yd((o&16711680)>>>16,0,255),yd((o&65280)>>>8,0,255),yd(o&255,0,255),1)}var qS,Fd=d(()=>{$r();Li();qS=/^#((?:[0-9a-f]{6}|[0-9a-f]{3}))$/i});var Po,JZ,im=d(()=>{tm();fs();Ha();$r();Rd();Fd();Po=class i{constructor(e){this.config=Object.assign({},i.defaultPaletteConfig,e),this.palette=[],this.updatePaletteColors()}updatePaletteGenerationValues(e){let t=!1;for(let o in e)this.config[o]&&(this.config[o].equalValue?this.config[o].equalValue(e[o])||(this.config[o]=e[o],t=!0):e[o]!==this.config[o]&&(this.config[o]=e[o],t=!0));return t&&this.updatePaletteColors(),t}updatePaletteColors(){let e=this.generatePaletteColorScale();for(let t=0;t<this.config.steps;t++)this.palette[t]=e.getColor(t/(this.config.steps-1),this.config.interpolationMode)}generatePaletteColorScale(){let e=Di(this.config.baseColor),o=new ho([{position:0,color:this.config.scaleColorLight},{position:.5,color:this.config.baseColor},{position:1,color:this.config.scaleColorDark}]).trim(this.config.clipLight,1-this.config.clipDark),r=o.getColor(0),s=o.getColor(1),n=r,a=s;if(e.s>=this.config.saturationAdjustmentCutoff&&(n=Jf(n,this.config.saturationLight),a=Jf(a,this.config.saturationDark)),this.config.multiplyLight!==0){let l=Kf(this.config.baseColor,n);n=ms(this.config.multiplyLight,this.config.interpolationMode,n,l)}if(this.config.multiplyDark!==0){let l=Kf(this.config.baseColor,a);a=ms(this.config.multiplyDark,this.config.interpolationMode,a,l)}if(this.config.overlayLight!==0){let l=em(this.config.baseColor,n);n=ms(this.config.overlayLight,this.config.interpolationMode,n,l)}if(this.config.overlayDark!==0){let l=em(this.config.baseColor,a);a=ms(this.config.overlayDark,this.config.interpolationMode,a,l)}return this.config.baseScalePosition?this.config.baseScalePosition<=0?new ho([{position:0,color:this.config.baseColor},{position:1,color:a.clamp()}]):this.config.baseScalePosition>=1?new ho([{position:0,color:n.clamp()},{position:1,color:this.config.baseColor}]):new ho([{position:0,color:n.clamp()},{position:this.config.baseScalePosition,color:this.config.baseColor},{position:1,color:a.clamp()}]):new ho([{position:0,color:n.clamp()},{position:.5,color:this.config.baseColor},{position:1,color:a.clamp()}])}};Po.defaultPaletteConfig={baseColor:Wt("#808080"),steps:11,interpolationMode:Gt.RGB,scaleColorLight:new he(1,1,1,1),scaleColorDark:new he(0,0,0,1),clipLight:.185,clipDark:.16,saturationAdjustmentCutoff:.05,saturationLight:.35,saturationDark:1.25,overlayLight:0,overlayDark:.25,multiplyLight:0,multiplyDark:0,baseScalePosition:.5};Po.greyscalePaletteConfig={baseColor:Wt("#808080"),steps:11,interpolationMode:Gt.RGB,scaleColorLight:new he(1,1,1,1),scaleColorDark:new he(0,0,0,1),clipLight:0,clipDark:0,saturationAdjustmentCutoff:0,saturationLight:0,saturationDark:0,overlayLight:0,overlayDark:0,multiplyLight:0,multiplyDark:0,baseScalePosition:.5};JZ={targetSize:63,spacing:4,scaleColorLight:Po.defaultPaletteConfig.scaleColorLight,scaleColorDark:Po.defaultPaletteConfig.scaleColorDark}});var Rw=d(()=>{});var Fw=d(()=>{});var Tw=d(()=>{});var om,Iw=d(()=>{$r();im();fs();Rd();Pa();Ha();Fd();om=class i{constructor(e){this.palette=[],this.config=Object.assign({},i.defaultPaletteConfig,e),this.regenPalettes()}regenPalettes(){let e=this.config.steps;(isNaN(e)||e<3)&&(e=3);let t=.14,o=.06,r=new he(t,t,t,1),s=94,a=new Po(Object.assign(Object.assign({},Po.greyscalePaletteConfig),{baseColor:r,baseScalePosition:(1-t)*100/s,steps:e})).palette,l=Sd(this.config.baseColor),c=Di(this.config.baseColor).l,h=(l+c)/2,v=this.matchRelativeLuminanceIndex(h,a)/(e-1),S=this.matchRelativeLuminanceIndex(t,a)/(e-1),O=Di(this.config.baseColor),j=Sr(Ji.fromObject({h:O.h,s:O.s,l:t})),et=Sr(Ji.fromObject({h:O.h,s:O.s,l:o})),Ee=new Array(5);Ee[0]={position:0,color:new he(1,1,1,1)},Ee[1]={position:v,color:this.config.baseColor},Ee[2]={position:S,color:j},Ee[3]={position:.99,color:et},Ee[4]={position:1,color:new he(0,0,0,1)};let ct=new ho(Ee);this.palette=new Array(e);for(let Jt=0;Jt<e;Jt++){let Bi=ct.getColor(Jt/(e-1),Gt.RGB);this.palette[Jt]=Bi}}matchRelativeLuminanceIndex(e,t){let o=Number.MAX_VALUE,r=0,s=0,n=t.length;for(;s<n;s++){let a=Math.abs(Sd(t[s])-e);a<o&&(o=a,r=s)}return r}};om.defaultPaletteConfig={baseColor:Wt("#808080"),steps:94}});var Lw=d(()=>{});var Dw=d(()=>{});var _r=d(()=>{tm();fs();Pa();wd();Ha();Cd();Oa();im();Tw();$r();Rd();$d();Iw();Rw();Li();Lw();Fd();Dw();Fw()});function gs(i,e){let t=i.relativeLuminance>e.relativeLuminance?i:e,o=i.relativeLuminance>e.relativeLuminance?e:i;return(t.relativeLuminance+.05)/(o.relativeLuminance+.05)}var Td=d(()=>{});function Ew(i){let e={r:0,g:0,b:0,toColorString:()=>"",contrast:()=>0,relativeLuminance:0};for(let t in e)if(typeof e[t]!=typeof i[t])return!1;return!0}var Ft,Id,vs=d(()=>{_r();Td();Ft=Object.freeze({create(i,e,t){return new Id(i,e,t)},from(i){return new Id(i.r,i.g,i.b)}});Id=class i extends he{constructor(e,t,o){super(e,t,o,1),this.toColorString=this.toStringHexRGB,this.contrast=gs.bind(null,this),this.createCSS=this.toColorString,this.relativeLuminance=hn(this)}static fromObject(e){return new i(e.r,e.g,e.b)}}});function Ld(i,e,t=0,o=i.length-1){if(o===t)return i[t];let r=Math.floor((o-t)/2)+t;return e(i[r])?Ld(i,e,t,r):Ld(i,e,r+1,o)}var Aw=d(()=>{});function Oo(i){return i.relativeLuminance<=GS}var GS,Va=d(()=>{GS=(-.1+Math.sqrt(.21))/2});function hi(i){return Oo(i)?-1:1}var Rr=d(()=>{Va()});function WS(i,e,t){return typeof i=="number"?bs.from(Ft.create(i,e,t)):bs.from(i)}function ZS(i,e){return Ew(i)?Dd.from(i,e):Dd.from(Ft.create(i.r,i.g,i.b),e)}var Pw,bs,Dd,rm=d(()=>{_r();vs();Aw();Rr();Td();Pw={stepContrast:1.03,stepContrastRamp:.03,preserveSource:!1};bs=Object.freeze({create:WS,from:ZS}),Dd=class i{constructor(e,t){this.closestIndexCache=new Map,this.source=e,this.swatches=t,this.reversedSwatches=Object.freeze([...this.swatches].reverse()),this.lastIndex=this.swatches.length-1}colorContrast(e,t,o,r){o===void 0&&(o=this.closestIndexOf(e));let s=this.swatches,n=this.lastIndex,a=o;r===void 0&&(r=hi(e));let l=c=>gs(e,c)>=t;return r===-1&&(s=this.reversedSwatches,a=n-a),Ld(s,l,a,n)}get(e){return this.swatches[e]||this.swatches[Ii(e,0,this.lastIndex)]}closestIndexOf(e){if(this.closestIndexCache.has(e.relativeLuminance))return this.closestIndexCache.get(e.relativeLuminance);let t=this.swatches.indexOf(e);if(t!==-1)return this.closestIndexCache.set(e.relativeLuminance,t),t;let o=this.swatches.reduce((r,s)=>Math.abs(s.relativeLuminance-e.relativeLuminance)<Math.abs(r.relativeLuminance-e.relativeLuminance)?s:r);return t=this.swatches.indexOf(o),this.closestIndexCache.set(e.relativeLuminance,t),t}static saturationBump(e,t){let r=Di(e).s,s=Di(t);if(s.s<r){let n=new Ji(s.h,r,s.l);return Sr(n)}return t}static ramp(e){let t=e/100;return t>.5?(t-.5)/.5:2*t}static createHighResolutionPalette(e){let t=[],o=ps(he.fromObject(e).roundToPrecision(4)),r=kr(new rt(0,o.a,o.b)).clamp().roundToPrecision(4),s=kr(new rt(50,o.a,o.b)).clamp().roundToPrecision(4),n=kr(new rt(100,o.a,o.b)).clamp().roundToPrecision(4),a=new he(0,0,0),l=new he(1,1,1),c=n.equalValue(l)?0:14,h=r.equalValue(a)?0:14;for(let u=100+c;u>=0-h;u-=.5){let v;if(u<0){let y=u/h+1;v=un(y,a,r)}else if(u<=50)v=un(i.ramp(u),r,s);else if(u<=100)v=un(i.ramp(u),s,n);else{let y=(u-100)/c;v=un(y,n,l)}v=i.saturationBump(s,v).roundToPrecision(4),t.push(Ft.from(v))}return new i(e,t)}static adjustEnd(e,t,o,r){let s=r===-1?t.swatches:t.reversedSwatches,n=c=>{let h=t.closestIndexOf(c);return r===1?t.lastIndex-h:h};r===1&&o.reverse();let a=e(o[o.length-2]);if(De(gs(o[o.length-1],o[o.length-2]),2)<a){o.pop();let c=t.colorContrast(s[t.lastIndex],a,void 0,r),h=n(c),u=n(o[o.length-2]),v=h-u,y=1;for(let S=o.length-v-1;S<o.length;S++){let O=n(o[S]),j=S===o.length-1?t.lastIndex:O+y;o[S]=s[j],y++}}r===1&&o.reverse()}static createColorPaletteByContrast(e,t){let o=i.createHighResolutionPalette(e),r=a=>{let l=t.stepContrast+t.stepContrast*(1-a.relativeLuminance)*t.stepContrastRamp;return De(l,2)},s=[],n=t.preserveSource?e:o.swatches[0];s.push(n);do{let a=r(n);n=o.colorContrast(n,a,void 0,1),s.push(n)}while(n.relativeLuminance>0);if(t.preserveSource){n=e;do{let a=r(n);n=o.colorContrast(n,a,void 0,-1),s.unshift(n)}while(n.relativeLuminance<1)}return this.adjustEnd(r,o,s,-1),t.preserveSource&&this.adjustEnd(r,o,s,1),s}static from(e,t){let o=t===void 0?Pw:Object.assign(Object.assign({},Pw),t);return new i(e,Object.freeze(i.createColorPaletteByContrast(e,o)))}}});var pn,Ba,Ow,sm,Mw,Ed=d(()=>{_r();vs();pn=Ft.create(1,1,1),Ba=Ft.create(0,0,0),Ow=Ft.create(.5,.5,.5),sm=Wt("#0078D4"),Mw=Ft.create(sm.r,sm.g,sm.b)});function nm(i,e,t,o,r){let s=h=>h.contrast(pn)>=r?pn:Ba,n=s(i),a=s(e),l=n.relativeLuminance===a.relativeLuminance?n:s(t),c=s(o);return{rest:n,hover:a,active:l,focus:c}}var Hw=d(()=>{Ed()});var fn,am=d(()=>{_r();Td();fn=class i{constructor(e,t,o,r){this.toColorString=()=>this.cssGradient,this.contrast=gs.bind(null,this),this.createCSS=this.toColorString,this.color=new he(e,t,o),this.cssGradient=r,this.relativeLuminance=hn(this.color),this.r=e,this.g=t,this.b=o}static fromObject(e,t){return new i(e.r,e.g,e.b,t)}}});function lm(i,e,t,o,r,s,n,a,l=10,c=!1){let h=i.closestIndexOf(e);a===void 0&&(a=hi(e));function u(ct){if(c){let Jt=i.closestIndexOf(e),Bi=i.get(Jt),Kt=ct.relativeLuminance<e.relativeLuminance?QS:XS,kl=$w(Wt(ct.toColorString()),Wt(Bi.toColorString()),Kt).roundToPrecision(2),su=_w(Wt(e.toColorString()),kl);return Ft.from(su)}else return ct}let v=h+a*t,y=v+a*(o-t),S=v+a*(r-t),O=v+a*(s-t),j=a===-1?0:100-l,et=a===-1?l:100;function Ee(ct,Jt){let Bi=i.get(ct);if(Jt){let Kt=i.get(ct+a*n),kl=a===-1?Kt:Bi,su=a===-1?Bi:Kt,z6=`linear-gradient(${u(kl).toColorString()} ${j}%, ${u(su).toColorString()} ${et}%)`;return fn.fromObject(kl,z6)}else return u(Bi)}return{rest:Ee(v,!0),hover:Ee(y,!0),active:Ee(S,!1),focus:Ee(O,!0)}}var QS,XS,Vw=d(()=>{_r();vs();Rr();am();QS=new he(0,0,0),XS=new he(1,1,1)});function Bw(i,e,t,o,r,s,n,a){let l=i.closestIndexOf(e),c=hi(e),h=l+c*t,u=h+c*(o-t),v=h+c*(r-t),y=h+c*(s-t),S=`calc(100% - ${a})`;function O(j,et){let Ee=i.get(j);if(et){let ct=i.get(j+c*n),Jt=`linear-gradient(${Ee.toColorString()} ${S}, ${ct.toColorString()} ${S}, ${ct.toColorString()})`;return fn.fromObject(Ee,Jt)}else return Ee}return{rest:O(h,!0),hover:O(u,!0),active:O(v,!1),focus:O(y,!0)}}var zw=d(()=>{Rr();am()});function Nw(i,e,t){return i.colorContrast(e,t)}var Uw=d(()=>{});function ys(i,e,t,o,r,s,n,a){a==null&&(a=hi(e));let l=i.closestIndexOf(i.colorContrast(e,t));return{rest:i.get(l+a*o),hover:i.get(l+a*r),active:i.get(l+a*s),focus:i.get(l+a*n)}}function jw(i,e,t,o,r,s,n,a=void 0,l,c,h,u,v,y=void 0){return Oo(e)?ys(i,e,l,c,h,u,v,y):ys(i,e,t,o,r,s,n,a)}var qw=d(()=>{Rr();Va()});function Gw(i,e,t){return i.get(i.closestIndexOf(e)+hi(e)*t)}var Ww=d(()=>{Rr()});function Mo(i,e,t,o,r,s,n){let a=i.closestIndexOf(e);return n==null&&(n=hi(e)),{rest:i.get(a+n*t),hover:i.get(a+n*o),active:i.get(a+n*r),focus:i.get(a+n*s)}}function Ad(i,e,t,o,r,s,n=void 0,a,l,c,h,u=void 0){return Oo(e)?Mo(i,e,a,l,c,h,u):Mo(i,e,t,o,r,s,n)}var Zw=d(()=>{Rr();Va()});function Qw(i,e){return Oo(e)?pn:Ba}function Xw(i,e,t){return Oo(e)?Ba:pn}var Yw=d(()=>{Ed();Va()});function Jw(i){return Ft.create(i,i,i)}var Pd,cm=d(()=>{vs();(function(i){i[i.LightMode=.98]="LightMode",i[i.DarkMode=.15]="DarkMode"})(Pd||(Pd={}))});function Ho(i,e){return i.closestIndexOf(Jw(e))}function Kw(i,e){return i.get(Ho(i,e))}var mn=d(()=>{cm()});function e2(i,e,t){return i.get(Ho(i,e)+t)}var t2=d(()=>{mn()});function dm(i,e,t){return i.get(Ho(i,e)+t*-1)}var i2=d(()=>{mn()});function o2(i,e,t){return i.get(Ho(i,e)+t*-1*2)}var r2=d(()=>{mn()});function s2(i,e,t){return i.get(Ho(i,e)+t*-1*3)}var n2=d(()=>{mn()});var a2,l2=d(()=>{a2={Thin:100,ExtraLight:200,Light:300,Normal:400,Medium:500,SemiBold:600,Bold:700,ExtraBold:800,Black:900}});function E(i){return fe.create({name:i,cssCustomPropertyName:null})}function Bo(i){return e=>{let t=i.getValueFor(e),o=YS.getValueFor(e);if(t.endsWith("px")){let r=Number.parseFloat(t.replace("px",""));if(r<=12)return`"wght" ${o}, "opsz" 8`;if(r>24)return`"wght" ${o}, "opsz" 36`}return`"wght" ${o}, "opsz" 10.5`}}function k9(i,e,t,o,r,s){let n=hi(e),a=i.closestIndexOf(i.colorContrast(e,14)),l=a+n*Math.abs(t-o),c=n===1?t<o:n*t>n*o,h,u;return c?(h=a,u=l):(h=l,u=a),{rest:i.get(h),hover:i.get(u),active:i.get(h+n*r),focus:i.get(h+n*s)}}var $,gn,Me,vn,p2,ui,F,re,ri,A,Ye,Zt,YS,za,Ud,f2,Na,bn,m2,Ua,jd,g2,ja,qd,v2,qa,Gd,b2,Ga,Wd,y2,Wa,Zd,x2,Za,Qd,w2,Qa,Xd,C2,Fr,Hd,Vd,Bd,zd,hm,um,pm,fm,mm,gm,vm,bm,ym,xm,wm,Cm,Od,c2,d2,h2,Vo,JS,KS,Md,e9,t9,i9,o9,$m,Sm,km,_m,r9,Rm,Fm,Tm,Im,Lm,Dm,Em,$2,S2,k2,_2,Am,u2,s9,n9,a9,l9,c9,Pm,Ae,Om,Mm,d9,eY,h9,uo,u9,p9,f9,tY,m9,iY,g9,oY,J,Nd,Yd,me,Qt,Xt,Jd,Kd,po,eh,th,rY,ih,Hm,Vm,Bm,sY,oh,R2,F2,T2,nY,rh,si,zm,Nm,aY,fo,Xa,Um,lY,jm,sh,yn,xn,wn,Cn,zo,I2,cY,dY,v9,L2,No,Ei,$n,D2,E2,pi,Uo,mo,go,A2,nh,ah,P2,O2,hY,lh,ee,M2,H2,uY,Sn,Tr,ch,Ir,V2,B2,pY,dh,kn,hh,uh,fY,b9,xs,ph,qm,z2,mY,gY,Gm,jo,vY,bY,fh,Ai,_n,Rn,yY,y9,Fn,x9,N2,mh,xY,wY,CY,$Y,w9,C9,$9,S9,gh,SY,kY,_Y,RY,te=d(()=>{L();N();rm();Hw();Vw();zw();Uw();qw();Ww();Zw();Yw();t2();mn();i2();r2();n2();Ed();cm();Rr();l2();({create:$}=fe);gn=$("direction").withDefault(de.ltr),Me=$("disabled-opacity").withDefault(.3),vn=$("base-height-multiplier").withDefault(8),p2=$("base-horizontal-spacing-multiplier").withDefault(3),ui=$("density").withDefault(0),F=$("design-unit").withDefault(4),re=$("control-corner-radius").withDefault(4),ri=$("layer-corner-radius").withDefault(8),A=$("stroke-width").withDefault(1),Ye=$("focus-stroke-width").withDefault(2),Zt=$("body-font").withDefault('"Segoe UI Variable", "Segoe UI", sans-serif'),YS=$("font-weight").withDefault(a2.Normal);za=$("type-ramp-base-font-size").withDefault("14px"),Ud=$("type-ramp-base-line-height").withDefault("20px"),f2=$("type-ramp-base-font-variations").withDefault(Bo(za)),Na=$("type-ramp-minus-1-font-size").withDefault("12px"),bn=$("type-ramp-minus-1-line-height").withDefault("16px"),m2=$("type-ramp-minus-1-font-variations").withDefault(Bo(Na)),Ua=$("type-ramp-minus-2-font-size").withDefault("10px"),jd=$("type-ramp-minus-2-line-height").withDefault("14px"),g2=$("type-ramp-minus-2-font-variations").withDefault(Bo(Ua)),ja=$("type-ramp-plus-1-font-size").withDefault("16px"),qd=$("type-ramp-plus-1-line-height").withDefault("22px"),v2=$("type-ramp-plus-1-font-variations").withDefault(Bo(ja)),qa=$("type-ramp-plus-2-font-size").withDefault("20px"),Gd=$("type-ramp-plus-2-line-height").withDefault("26px"),b2=$("type-ramp-plus-2-font-variations").withDefault(Bo(qa)),Ga=$("type-ramp-plus-3-font-size").withDefault("24px"),Wd=$("type-ramp-plus-3-line-height").withDefault("32px"),y2=$("type-ramp-plus-3-font-variations").withDefault(Bo(Ga)),Wa=$("type-ramp-plus-4-font-size").withDefault("28px"),Zd=$("type-ramp-plus-4-line-height").withDefault("36px"),x2=$("type-ramp-plus-4-font-variations").withDefault(Bo(Wa)),Za=$("type-ramp-plus-5-font-size").withDefault("32px"),Qd=$("type-ramp-plus-5-line-height").withDefault("40px"),w2=$("type-ramp-plus-5-font-variations").withDefault(Bo(Za)),Qa=$("type-ramp-plus-6-font-size").withDefault("40px"),Xd=$("type-ramp-plus-6-line-height").withDefault("52px"),C2=$("type-ramp-plus-6-font-variations").withDefault(Bo(Qa)),Fr=$("base-layer-luminance").withDefault(Pd.LightMode),Hd=E("accent-fill-rest-delta").withDefault(0),Vd=E("accent-fill-hover-delta").withDefault(-2),Bd=E("accent-fill-active-delta").withDefault(-5),zd=E("accent-fill-focus-delta").withDefault(0),hm=E("accent-foreground-rest-delta").withDefault(0),um=E("accent-foreground-hover-delta").withDefault(3),pm=E("accent-foreground-active-delta").withDefault(-8),fm=E("accent-foreground-focus-delta").withDefault(0),mm=E("neutral-fill-rest-delta").withDefault(-1),gm=E("neutral-fill-hover-delta").withDefault(1),vm=E("neutral-fill-active-delta").withDefault(0),bm=E("neutral-fill-focus-delta").withDefault(0),ym=E("neutral-fill-input-rest-delta").withDefault(-1),xm=E("neutral-fill-input-hover-delta").withDefault(1),wm=E("neutral-fill-input-active-delta").withDefault(0),Cm=E("neutral-fill-input-focus-delta").withDefault(-2),Od=E("neutral-fill-input-alt-rest-delta").withDefault(2),c2=E("neutral-fill-input-alt-hover-delta").withDefault(4),d2=E("neutral-fill-input-alt-active-delta").withDefault(6),h2=E("neutral-fill-input-alt-focus-delta").withDefault(2),Vo=E("neutral-fill-layer-rest-delta").withDefault(-2),JS=E("neutral-fill-layer-hover-delta").withDefault(-3),KS=E("neutral-fill-layer-active-delta").withDefault(-3),Md=E("neutral-fill-layer-alt-rest-delta").withDefault(-1),e9=E("neutral-fill-secondary-rest-delta").withDefault(3),t9=E("neutral-fill-secondary-hover-delta").withDefault(2),i9=E("neutral-fill-secondary-active-delta").withDefault(1),o9=E("neutral-fill-secondary-focus-delta").withDefault(3),$m=E("neutral-fill-stealth-rest-delta").withDefault(0),Sm=E("neutral-fill-stealth-hover-delta").withDefault(3),km=E("neutral-fill-stealth-active-delta").withDefault(2),_m=E("neutral-fill-stealth-focus-delta").withDefault(0),r9=E("neutral-fill-strong-rest-delta").withDefault(0),Rm=E("neutral-fill-strong-hover-delta").withDefault(8),Fm=E("neutral-fill-strong-active-delta").withDefault(-5),Tm=E("neutral-fill-strong-focus-delta").withDefault(0),Im=E("neutral-stroke-rest-delta").withDefault(8),Lm=E("neutral-stroke-hover-delta").withDefault(12),Dm=E("neutral-stroke-active-delta").withDefault(6),Em=E("neutral-stroke-focus-delta").withDefault(8),$2=E("neutral-stroke-control-rest-delta").withDefault(3),S2=E("neutral-stroke-control-hover-delta").withDefault(5),k2=E("neutral-stroke-control-active-delta").withDefault(5),_2=E("neutral-stroke-control-focus-delta").withDefault(5),Am=E("neutral-stroke-divider-rest-delta").withDefault(4),u2=E("neutral-stroke-layer-rest-delta").withDefault(3),s9=E("neutral-stroke-layer-hover-delta").withDefault(3),n9=E("neutral-stroke-layer-active-delta").withDefault(3),a9=E("neutral-stroke-strong-hover-delta").withDefault(0),l9=E("neutral-stroke-strong-active-delta").withDefault(0),c9=E("neutral-stroke-strong-focus-delta").withDefault(0),Pm=$("neutral-base-color").withDefault(Ow),Ae=E("neutral-palette").withDefault(i=>bs.from(Pm.getValueFor(i))),Om=$("accent-base-color").withDefault(Mw),Mm=E("accent-palette").withDefault(i=>bs.from(Om.getValueFor(i))),d9=E("neutral-layer-card-container-recipe").withDefault({evaluate:i=>dm(Ae.getValueFor(i),Fr.getValueFor(i),Vo.getValueFor(i))}),eY=$("neutral-layer-card-container").withDefault(i=>d9.getValueFor(i).evaluate(i)),h9=E("neutral-layer-floating-recipe").withDefault({evaluate:i=>e2(Ae.getValueFor(i),Fr.getValueFor(i),Vo.getValueFor(i))}),uo=$("neutral-layer-floating").withDefault(i=>h9.getValueFor(i).evaluate(i)),u9=E("neutral-layer-1-recipe").withDefault({evaluate:i=>Kw(Ae.getValueFor(i),Fr.getValueFor(i))}),p9=$("neutral-layer-1").withDefault(i=>u9.getValueFor(i).evaluate(i)),f9=E("neutral-layer-2-recipe").withDefault({evaluate:i=>dm(Ae.getValueFor(i),Fr.getValueFor(i),Vo.getValueFor(i))}),tY=$("neutral-layer-2").withDefault(i=>f9.getValueFor(i).evaluate(i)),m9=E("neutral-layer-3-recipe").withDefault({evaluate:i=>o2(Ae.getValueFor(i),Fr.getValueFor(i),Vo.getValueFor(i))}),iY=$("neutral-layer-3").withDefault(i=>m9.getValueFor(i).evaluate(i)),g9=E("neutral-layer-4-recipe").withDefault({evaluate:i=>s2(Ae.getValueFor(i),Fr.getValueFor(i),Vo.getValueFor(i))}),oY=$("neutral-layer-4").withDefault(i=>g9.getValueFor(i).evaluate(i)),J=$("fill-color").withDefault(i=>p9.getValueFor(i));(function(i){i[i.normal=4.5]="normal",i[i.large=3]="large"})(Nd||(Nd={}));Yd=E("accent-fill-recipe").withDefault({evaluate:(i,e)=>jw(Mm.getValueFor(i),e||J.getValueFor(i),5,Hd.getValueFor(i),Vd.getValueFor(i),Bd.getValueFor(i),zd.getValueFor(i),void 0,8,Hd.getValueFor(i),Vd.getValueFor(i),Bd.getValueFor(i),zd.getValueFor(i),void 0)}),me=$("accent-fill-rest").withDefault(i=>Yd.getValueFor(i).evaluate(i).rest),Qt=$("accent-fill-hover").withDefault(i=>Yd.getValueFor(i).evaluate(i).hover),Xt=$("accent-fill-active").withDefault(i=>Yd.getValueFor(i).evaluate(i).active),Jd=$("accent-fill-focus").withDefault(i=>Yd.getValueFor(i).evaluate(i).focus),Kd=E("foreground-on-accent-recipe").withDefault({evaluate:i=>nm(me.getValueFor(i),Qt.getValueFor(i),Xt.getValueFor(i),Jd.getValueFor(i),Nd.normal)}),po=$("foreground-on-accent-rest").withDefault(i=>Kd.getValueFor(i).evaluate(i).rest),eh=$("foreground-on-accent-hover").withDefault(i=>Kd.getValueFor(i).evaluate(i).hover),th=$("foreground-on-accent-active").withDefault(i=>Kd.getValueFor(i).evaluate(i).active),rY=$("foreground-on-accent-focus").withDefault(i=>Kd.getValueFor(i).evaluate(i).focus),ih=E("accent-foreground-recipe").withDefault({evaluate:(i,e)=>ys(Mm.getValueFor(i),e||J.getValueFor(i),9.5,hm.getValueFor(i),um.getValueFor(i),pm.getValueFor(i),fm.getValueFor(i))}),Hm=$("accent-foreground-rest").withDefault(i=>ih.getValueFor(i).evaluate(i).rest),Vm=$("accent-foreground-hover").withDefault(i=>ih.getValueFor(i).evaluate(i).hover),Bm=$("accent-foreground-active").withDefault(i=>ih.getValueFor(i).evaluate(i).active),sY=$("accent-foreground-focus").withDefault(i=>ih.getValueFor(i).evaluate(i).focus),oh=E("accent-stroke-control-recipe").withDefault({evaluate:(i,e)=>lm(Ae.getValueFor(i),e||J.getValueFor(i),-3,-3,-3,-3,10,1,void 0,!0)}),R2=$("accent-stroke-control-rest").withDefault(i=>oh.getValueFor(i).evaluate(i,me.getValueFor(i)).rest),F2=$("accent-stroke-control-hover").withDefault(i=>oh.getValueFor(i).evaluate(i,Qt.getValueFor(i)).hover),T2=$("accent-stroke-control-active").withDefault(i=>oh.getValueFor(i).evaluate(i,Xt.getValueFor(i)).active),nY=$("accent-stroke-control-focus").withDefault(i=>oh.getValueFor(i).evaluate(i,Jd.getValueFor(i)).focus),rh=E("neutral-fill-recipe").withDefault({evaluate:(i,e)=>Ad(Ae.getValueFor(i),e||J.getValueFor(i),mm.getValueFor(i),gm.getValueFor(i),vm.getValueFor(i),bm.getValueFor(i),void 0,2,3,1,2,void 0)}),si=$("neutral-fill-rest").withDefault(i=>rh.getValueFor(i).evaluate(i).rest),zm=$("neutral-fill-hover").withDefault(i=>rh.getValueFor(i).evaluate(i).hover),Nm=$("neutral-fill-active").withDefault(i=>rh.getValueFor(i).evaluate(i).active),aY=$("neutral-fill-focus").withDefault(i=>rh.getValueFor(i).evaluate(i).focus),fo=E("neutral-fill-input-recipe").withDefault({evaluate:(i,e)=>Ad(Ae.getValueFor(i),e||J.getValueFor(i),ym.getValueFor(i),xm.getValueFor(i),wm.getValueFor(i),Cm.getValueFor(i),void 0,2,3,1,0,void 0)}),Xa=$("neutral-fill-input-rest").withDefault(i=>fo.getValueFor(i).evaluate(i).rest),Um=$("neutral-fill-input-hover").withDefault(i=>fo.getValueFor(i).evaluate(i).hover),lY=$("neutral-fill-input-active").withDefault(i=>fo.getValueFor(i).evaluate(i).active),jm=$("neutral-fill-input-focus").withDefault(i=>fo.getValueFor(i).evaluate(i).focus),sh=E("neutral-fill-input-alt-recipe").withDefault({evaluate:(i,e)=>Ad(Ae.getValueFor(i),e||J.getValueFor(i),Od.getValueFor(i),c2.getValueFor(i),d2.getValueFor(i),h2.getValueFor(i),1,Od.getValueFor(i),Od.getValueFor(i)-c2.getValueFor(i),Od.getValueFor(i)-d2.getValueFor(i),h2.getValueFor(i),1)}),yn=$("neutral-fill-input-alt-rest").withDefault(i=>sh.getValueFor(i).evaluate(i).rest),xn=$("neutral-fill-input-alt-hover").withDefault(i=>sh.getValueFor(i).evaluate(i).hover),wn=$("neutral-fill-input-alt-active").withDefault(i=>sh.getValueFor(i).evaluate(i).active),Cn=$("neutral-fill-input-alt-focus").withDefault(i=>sh.getValueFor(i).evaluate(i).focus),zo=E("neutral-fill-layer-recipe").withDefault({evaluate:(i,e)=>Mo(Ae.getValueFor(i),e||J.getValueFor(i),Vo.getValueFor(i),JS.getValueFor(i),KS.getValueFor(i),Vo.getValueFor(i),1)}),I2=$("neutral-fill-layer-rest").withDefault(i=>zo.getValueFor(i).evaluate(i).rest),cY=$("neutral-fill-layer-hover").withDefault(i=>zo.getValueFor(i).evaluate(i).hover),dY=$("neutral-fill-layer-active").withDefault(i=>zo.getValueFor(i).evaluate(i).active),v9=E("neutral-fill-layer-alt-recipe").withDefault({evaluate:(i,e)=>Mo(Ae.getValueFor(i),e||J.getValueFor(i),Md.getValueFor(i),Md.getValueFor(i),Md.getValueFor(i),Md.getValueFor(i))}),L2=$("neutral-fill-layer-alt-rest").withDefault(i=>v9.getValueFor(i).evaluate(i).rest),No=E("neutral-fill-secondary-recipe").withDefault({evaluate:(i,e)=>Mo(Ae.getValueFor(i),e||J.getValueFor(i),e9.getValueFor(i),t9.getValueFor(i),i9.getValueFor(i),o9.getValueFor(i))}),Ei=$("neutral-fill-secondary-rest").withDefault(i=>No.getValueFor(i).evaluate(i).rest),$n=$("neutral-fill-secondary-hover").withDefault(i=>No.getValueFor(i).evaluate(i).hover),D2=$("neutral-fill-secondary-active").withDefault(i=>No.getValueFor(i).evaluate(i).active),E2=$("neutral-fill-secondary-focus").withDefault(i=>No.getValueFor(i).evaluate(i).focus),pi=E("neutral-fill-stealth-recipe").withDefault({evaluate:(i,e)=>Mo(Ae.getValueFor(i),e||J.getValueFor(i),$m.getValueFor(i),Sm.getValueFor(i),km.getValueFor(i),_m.getValueFor(i))}),Uo=$("neutral-fill-stealth-rest").withDefault(i=>pi.getValueFor(i).evaluate(i).rest),mo=$("neutral-fill-stealth-hover").withDefault(i=>pi.getValueFor(i).evaluate(i).hover),go=$("neutral-fill-stealth-active").withDefault(i=>pi.getValueFor(i).evaluate(i).active),A2=$("neutral-fill-stealth-focus").withDefault(i=>pi.getValueFor(i).evaluate(i).focus),nh=E("neutral-fill-strong-recipe").withDefault({evaluate:(i,e)=>ys(Ae.getValueFor(i),e||J.getValueFor(i),4.5,r9.getValueFor(i),Rm.getValueFor(i),Fm.getValueFor(i),Tm.getValueFor(i))}),ah=$("neutral-fill-strong-rest").withDefault(i=>nh.getValueFor(i).evaluate(i).rest),P2=$("neutral-fill-strong-hover").withDefault(i=>nh.getValueFor(i).evaluate(i).hover),O2=$("neutral-fill-strong-active").withDefault(i=>nh.getValueFor(i).evaluate(i).active),hY=$("neutral-fill-strong-focus").withDefault(i=>nh.getValueFor(i).evaluate(i).focus),lh=E("neutral-foreground-recipe").withDefault({evaluate:(i,e)=>ys(Ae.getValueFor(i),e||J.getValueFor(i),16,0,-19,-30,0)}),ee=$("neutral-foreground-rest").withDefault(i=>lh.getValueFor(i).evaluate(i).rest),M2=$("neutral-foreground-hover").withDefault(i=>lh.getValueFor(i).evaluate(i).hover),H2=$("neutral-foreground-active").withDefault(i=>lh.getValueFor(i).evaluate(i).active),uY=$("neutral-foreground-focus").withDefault(i=>lh.getValueFor(i).evaluate(i).focus),Sn=E("neutral-foreground-hint-recipe").withDefault({evaluate:(i,e)=>Nw(Ae.getValueFor(i),e||J.getValueFor(i),4.5)}),Tr=$("neutral-foreground-hint").withDefault(i=>Sn.getValueFor(i).evaluate(i)),ch=E("neutral-stroke-recipe").withDefault({evaluate:(i,e)=>Mo(Ae.getValueFor(i),e||J.getValueFor(i),Im.getValueFor(i),Lm.getValueFor(i),Dm.getValueFor(i),Em.getValueFor(i))}),Ir=$("neutral-stroke-rest").withDefault(i=>ch.getValueFor(i).evaluate(i).rest),V2=$("neutral-stroke-hover").withDefault(i=>ch.getValueFor(i).evaluate(i).hover),B2=$("neutral-stroke-active").withDefault(i=>ch.getValueFor(i).evaluate(i).active),pY=$("neutral-stroke-focus").withDefault(i=>ch.getValueFor(i).evaluate(i).focus),dh=E("neutral-stroke-control-recipe").withDefault({evaluate:(i,e)=>lm(Ae.getValueFor(i),e||J.getValueFor(i),$2.getValueFor(i),S2.getValueFor(i),k2.getValueFor(i),_2.getValueFor(i),5)}),kn=$("neutral-stroke-control-rest").withDefault(i=>dh.getValueFor(i).evaluate(i).rest),hh=$("neutral-stroke-control-hover").withDefault(i=>dh.getValueFor(i).evaluate(i).hover),uh=$("neutral-stroke-control-active").withDefault(i=>dh.getValueFor(i).evaluate(i).active),fY=$("neutral-stroke-control-focus").withDefault(i=>dh.getValueFor(i).evaluate(i).focus),b9=E("neutral-stroke-divider-recipe").withDefault({evaluate:(i,e)=>Gw(Ae.getValueFor(i),e||J.getValueFor(i),Am.getValueFor(i))}),xs=$("neutral-stroke-divider-rest").withDefault(i=>b9.getValueFor(i).evaluate(i)),ph=E("neutral-stroke-input-recipe").withDefault({evaluate:(i,e)=>Bw(Ae.getValueFor(i),e||J.getValueFor(i),$2.getValueFor(i),S2.getValueFor(i),k2.getValueFor(i),_2.getValueFor(i),20,A.getValueFor(i)+"px")}),qm=$("neutral-stroke-input-rest").withDefault(i=>ph.getValueFor(i).evaluate(i).rest),z2=$("neutral-stroke-input-hover").withDefault(i=>ph.getValueFor(i).evaluate(i).hover),mY=$("neutral-stroke-input-active").withDefault(i=>ph.getValueFor(i).evaluate(i).active),gY=$("neutral-stroke-input-focus").withDefault(i=>ph.getValueFor(i).evaluate(i).focus),Gm=E("neutral-stroke-layer-recipe").withDefault({evaluate:(i,e)=>Mo(Ae.getValueFor(i),e||J.getValueFor(i),u2.getValueFor(i),s9.getValueFor(i),n9.getValueFor(i),u2.getValueFor(i))}),jo=$("neutral-stroke-layer-rest").withDefault(i=>Gm.getValueFor(i).evaluate(i).rest),vY=$("neutral-stroke-layer-hover").withDefault(i=>Gm.getValueFor(i).evaluate(i).hover),bY=$("neutral-stroke-layer-active").withDefault(i=>Gm.getValueFor(i).evaluate(i).active),fh=E("neutral-stroke-strong-recipe").withDefault({evaluate:(i,e)=>ys(Ae.getValueFor(i),e||J.getValueFor(i),5.5,0,a9.getValueFor(i),l9.getValueFor(i),c9.getValueFor(i))}),Ai=$("neutral-stroke-strong-rest").withDefault(i=>fh.getValueFor(i).evaluate(i).rest),_n=$("neutral-stroke-strong-hover").withDefault(i=>fh.getValueFor(i).evaluate(i).hover),Rn=$("neutral-stroke-strong-active").withDefault(i=>fh.getValueFor(i).evaluate(i).active),yY=$("neutral-stroke-strong-focus").withDefault(i=>fh.getValueFor(i).evaluate(i).focus),y9=E("focus-stroke-outer-recipe").withDefault({evaluate:i=>Qw(Ae.getValueFor(i),J.getValueFor(i))}),Fn=$("focus-stroke-outer").withDefault(i=>y9.getValueFor(i).evaluate(i)),x9=E("focus-stroke-inner-recipe").withDefault({evaluate:i=>Xw(Mm.getValueFor(i),J.getValueFor(i),Fn.getValueFor(i))}),N2=$("focus-stroke-inner").withDefault(i=>x9.getValueFor(i).evaluate(i)),mh=E("foreground-on-accent-large-recipe").withDefault({evaluate:i=>nm(me.getValueFor(i),Qt.getValueFor(i),Xt.getValueFor(i),Jd.getValueFor(i),Nd.large)}),xY=$("foreground-on-accent-rest-large").withDefault(i=>mh.getValueFor(i).evaluate(i).rest),wY=$("foreground-on-accent-hover-large").withDefault(i=>mh.getValueFor(i).evaluate(i,Qt.getValueFor(i)).hover),CY=$("foreground-on-accent-active-large").withDefault(i=>mh.getValueFor(i).evaluate(i,Xt.getValueFor(i)).active),$Y=$("foreground-on-accent-focus-large").withDefault(i=>mh.getValueFor(i).evaluate(i,Jd.getValueFor(i)).focus),w9=$("neutral-fill-inverse-rest-delta").withDefault(0),C9=$("neutral-fill-inverse-hover-delta").withDefault(-3),$9=$("neutral-fill-inverse-active-delta").withDefault(7),S9=$("neutral-fill-inverse-focus-delta").withDefault(0);gh=E("neutral-fill-inverse-recipe").withDefault({evaluate:(i,e)=>k9(Ae.getValueFor(i),e||J.getValueFor(i),w9.getValueFor(i),C9.getValueFor(i),$9.getValueFor(i),S9.getValueFor(i))}),SY=$("neutral-fill-inverse-rest").withDefault(i=>gh.getValueFor(i).evaluate(i).rest),kY=$("neutral-fill-inverse-hover").withDefault(i=>gh.getValueFor(i).evaluate(i).hover),_Y=$("neutral-fill-inverse-active").withDefault(i=>gh.getValueFor(i).evaluate(i).active),RY=$("neutral-fill-inverse-focus").withDefault(i=>gh.getValueFor(i).evaluate(i).focus)});var ne,vh,LY,DY,EY,AY,PY,OY,MY,Je=d(()=>{x();te();ne=wt`
  font-family: ${Zt};
  font-size: ${za};
  line-height: ${Ud};
  font-weight: initial;
  font-variation-settings: ${f2};
`,vh=wt`
  font-family: ${Zt};
  font-size: ${Na};
  line-height: ${bn};
  font-weight: initial;
  font-variation-settings: ${m2};
`,LY=wt`
  font-family: ${Zt};
  font-size: ${Ua};
  line-height: ${jd};
  font-weight: initial;
  font-variation-settings: ${g2};
`,DY=wt`
  font-family: ${Zt};
  font-size: ${ja};
  line-height: ${qd};
  font-weight: initial;
  font-variation-settings: ${v2};
`,EY=wt`
  font-family: ${Zt};
  font-size: ${qa};
  line-height: ${Gd};
  font-weight: initial;
  font-variation-settings: ${b2};
`,AY=wt`
  font-family: ${Zt};
  font-size: ${Ga};
  line-height: ${Wd};
  font-weight: initial;
  font-variation-settings: ${y2};
`,PY=wt`
  font-family: ${Zt};
  font-size: ${Wa};
  line-height: ${Zd};
  font-weight: initial;
  font-variation-settings: ${x2};
`,OY=wt`
  font-family: ${Zt};
  font-size: ${Za};
  line-height: ${Qd};
  font-weight: initial;
  font-variation-settings: ${w2};
`,MY=wt`
  font-family: ${Zt};
  font-size: ${Qa};
  line-height: ${Xd};
  font-weight: initial;
  font-variation-settings: ${C2};
`});var U2,j2=d(()=>{x();L();te();Je();U2=(i,e)=>w`
    ${H("flex")} :host {
      box-sizing: border-box;
      flex-direction: column;
      ${ne}
      color: ${ee};
      gap: calc(${F} * 1px);
    }
  `});var Ke,vo,Tt=d(()=>{x();te();Ke=wt`
  outline: calc(${Ye} * 1px) solid ${Fn};
  outline-offset: calc(${Ye} * -1px);
`,vo=wt`
  outline: calc(${Ye} * 1px) solid ${Fn};
  outline-offset: calc(${A} * 1px);
`});var Q,ws=d(()=>{x();te();Q=wt`(${vn} + ${ui}) * ${F}`});var _9,R9,F9,q2,G2=d(()=>{x();L();N();te();Tt();Je();ws();_9=fe.create("neutral-fill-stealth-rest-on-neutral-fill-layer-rest").withDefault(i=>{let e=zo.getValueFor(i);return pi.getValueFor(i).evaluate(i,e.evaluate(i).rest).rest}),R9=fe.create("neutral-fill-stealth-hover-on-neutral-fill-layer-rest").withDefault(i=>{let e=zo.getValueFor(i);return pi.getValueFor(i).evaluate(i,e.evaluate(i).rest).hover}),F9=fe.create("neutral-fill-stealth-active-on-neutral-fill-layer-rest").withDefault(i=>{let e=zo.getValueFor(i);return pi.getValueFor(i).evaluate(i,e.evaluate(i).rest).active}),q2=(i,e)=>w`
    ${H("flex")} :host {
      box-sizing: border-box;
      ${ne};
      flex-direction: column;
      background: ${I2};
      color: ${ee};
      border: calc(${A} * 1px) solid ${jo};
      border-radius: calc(${ri} * 1px);
    }

    .region {
      display: none;
      padding: calc(${F} * 2 * 1px);
      background: ${L2};
    }

    .heading {
      display: grid;
      position: relative;
      grid-template-columns: auto 1fr auto auto;
      align-items: center;
    }

    .button {
      appearance: none;
      border: none;
      background: none;
      grid-column: 2;
      grid-row: 1;
      outline: none;
      margin: calc(${F} * 3 * 1px) 0;
      padding: 0 calc(${F} * 2 * 1px);
      text-align: left;
      color: inherit;
      cursor: pointer;
      font: inherit;
    }

    .button::before {
      content: '';
      position: absolute;
      top: calc(${A} * -1px);
      left: calc(${A} * -1px);
      right: calc(${A} * -1px);
      bottom: calc(${A} * -1px);
      cursor: pointer;
    }

    .button:${q}::before {
      ${Ke}
      border-radius: calc(${ri} * 1px);
    }

    :host(.expanded) .button:${q}::before {
      border-bottom-left-radius: 0;
      border-bottom-right-radius: 0;
    }

    :host(.expanded) .region {
      display: block;
      border-top: calc(${A} * 1px) solid ${jo};
      border-bottom-left-radius: calc((${ri} - ${A}) * 1px);
      border-bottom-right-radius: calc((${ri} - ${A}) * 1px);
    }

    .icon {
      display: flex;
      align-items: center;
      justify-content: center;
      grid-column: 4;
      pointer-events: none;
      background: ${_9};
      border-radius: calc(${re} * 1px);
      fill: currentcolor;
      width: calc(${Q} * 1px);
      height: calc(${Q} * 1px);
      margin: calc(${F} * 2 * 1px);
    }

    .heading:hover .icon {
      background: ${R9};
    }

    .heading:active .icon {
      background: ${F9};
    }

    slot[name='collapsed-icon'] {
      display: flex;
    }

    :host(.expanded) slot[name='collapsed-icon'] {
      display: none;
    }

    slot[name='expanded-icon'] {
      display: none;
    }

    :host(.expanded) slot[name='expanded-icon'] {
      display: flex;
    }

    .start {
      display: flex;
      align-items: center;
      padding-inline-start: calc(${F} * 2 * 1px);
      justify-content: center;
      grid-column: 1;
    }

    .end {
      display: flex;
      align-items: center;
      justify-content: center;
      grid-column: 3;
    }

    .icon,
    .start,
    .end {
      position: relative;
    }
  `.withBehaviors(B(w`
        .button:${q}::before {
          outline-color: ${m.Highlight};
        }
        .icon {
          fill: ${m.ButtonText};
        }
      `))});var nJ,W2=d(()=>{L();G2();nJ=Gi.compose({baseName:"accordion-item",template:D1,styles:q2,collapsedIcon:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M2.15 4.65c.2-.2.5-.2.7 0L6 7.79l3.15-3.14a.5.5 0 11.7.7l-3.5 3.5a.5.5 0 01-.7 0l-3.5-3.5a.5.5 0 010-.7z"/>
    </svg>
  `,expandedIcon:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M2.15 7.35c.2.2.5.2.7 0L6 4.21l3.15 3.14a.5.5 0 10.7-.7l-3.5-3.5a.5.5 0 00-.7 0l-3.5 3.5a.5.5 0 000 .7z"/>
    </svg>
  `})});var dJ,Z2=d(()=>{L();j2();W2();dJ=Js.compose({baseName:"accordion",template:Z1,styles:U2})});var Pi,Wm,Zm=d(()=>{te();Pi=class{constructor(e,t){this.cache=new WeakMap,this.ltr=e,this.rtl=t}bind(e){this.attach(e)}unbind(e){let t=this.cache.get(e);t&&gn.unsubscribe(t)}attach(e){let t=this.cache.get(e)||new Wm(this.ltr,this.rtl,e),o=gn.getValueFor(e);gn.subscribe(t),t.attach(o),this.cache.set(e,t)}},Wm=class{constructor(e,t,o){this.ltr=e,this.rtl=t,this.source=o,this.attached=null}handleChange({target:e,token:t}){this.attach(t.getValueFor(this.source))}attach(e){this.attached!==this[e]&&(this.attached!==null&&this.source.$fastController.removeStyles(this.attached),this.attached=this[e],this.attached!==null&&this.source.$fastController.addStyles(this.attached))}}});var T9,I9,gJ,Cs,L9,D9,E9,A9,Q2,vJ,bJ,yJ,P9,X2,O9,bh,M9,Y2,Qm=d(()=>{L();T9="0 0 2px rgba(0, 0, 0, 0.14)",I9="0 calc(var(--elevation) * 0.5px) calc((var(--elevation) * 1px)) rgba(0, 0, 0, 0.2)",gJ=`box-shadow: ${T9}, ${I9};`,Cs=fe.create({name:"elevation-shadow",cssCustomPropertyName:null}).withDefault({evaluate:(i,e,t)=>{let o=.12,r=.14;e>16&&(o=.2,r=.24);let s=`0 0 2px rgba(0, 0, 0, ${o})`,n=`0 calc(${e} * 0.5px) calc((${e} * 1px)) rgba(0, 0, 0, ${r})`;return`${s}, ${n}`}}),L9=fe.create("elevation-shadow-card-rest-size").withDefault(4),D9=fe.create("elevation-shadow-card-hover-size").withDefault(8),E9=fe.create("elevation-shadow-card-active-size").withDefault(0),A9=fe.create("elevation-shadow-card-focus-size").withDefault(8),Q2=fe.create("elevation-shadow-card-rest").withDefault(i=>Cs.getValueFor(i).evaluate(i,L9.getValueFor(i))),vJ=fe.create("elevation-shadow-card-hover").withDefault(i=>Cs.getValueFor(i).evaluate(i,D9.getValueFor(i))),bJ=fe.create("elevation-shadow-card-active").withDefault(i=>Cs.getValueFor(i).evaluate(i,E9.getValueFor(i))),yJ=fe.create("elevation-shadow-card-focus").withDefault(i=>Cs.getValueFor(i).evaluate(i,A9.getValueFor(i))),P9=fe.create("elevation-shadow-tooltip-size").withDefault(16),X2=fe.create("elevation-shadow-tooltip").withDefault(i=>Cs.getValueFor(i).evaluate(i,P9.getValueFor(i))),O9=fe.create("elevation-shadow-flyout-size").withDefault(32),bh=fe.create("elevation-shadow-flyout").withDefault(i=>Cs.getValueFor(i).evaluate(i,O9.getValueFor(i))),M9=fe.create("elevation-shadow-dialog-size").withDefault(128),Y2=fe.create("elevation-shadow-dialog").withDefault(i=>Cs.getValueFor(i).evaluate(i,M9.getValueFor(i)))});var yh,Tn,xh,J2,wh,Ch,In,K2=d(()=>{x();N();L();ws();te();Je();Tt();yh=(i,e,t,o="[disabled]")=>w`
    ${H("inline-flex")}
    
    :host {
      position: relative;
      box-sizing: border-box;
      ${ne}
      height: calc(${Q} * 1px);
      min-width: calc(${Q} * 1px);
      color: ${ee};
      border-radius: calc(${re} * 1px);
      fill: currentcolor;
    }

    .control {
      border: calc(${A} * 1px) solid transparent;
      flex-grow: 1;
      box-sizing: border-box;
      display: inline-flex;
      justify-content: center;
      align-items: center;
      padding: 0 calc((10 + (${F} * 2 * ${ui})) * 1px);
      white-space: nowrap;
      outline: none;
      text-decoration: none;
      color: inherit;
      border-radius: inherit;
      fill: inherit;
      font-family: inherit;
    }

    .control,
    .end,
    .start {
      font: inherit;
    }

    .control.icon-only {
      padding: 0;
      line-height: 0;
    }

    .control:${q} {
      ${Ke}
    }

    .control::-moz-focus-inner {
      border: 0;
    }

    .content {
      pointer-events: none;
    }

    .start,
    .end {
      display: flex;
      pointer-events: none;
    }

    .start {
      margin-inline-end: 11px;
    }

    .end {
      margin-inline-start: 11px;
    }
  `,Tn=(i,e,t,o="[disabled]")=>w`
    .control {
      background: padding-box linear-gradient(${si}, ${si}),
        border-box ${kn};
    }

    :host(${t}:hover) .control {
      background: padding-box linear-gradient(${zm}, ${zm}),
        border-box ${hh};
    }

    :host(${t}:active) .control {
      background: padding-box linear-gradient(${Nm}, ${Nm}),
        border-box ${uh};
    }

    :host(${o}) .control {
      background: padding-box linear-gradient(${si}, ${si}),
        border-box ${Ir};
    }
  `.withBehaviors(B(w`
        .control {
          background: ${m.ButtonFace};
          border-color: ${m.ButtonText};
          color: ${m.ButtonText};
        }

        :host(${t}:hover) .control,
        :host(${t}:active) .control {
          forced-color-adjust: none;
          background: ${m.HighlightText};
          border-color: ${m.Highlight};
          color: ${m.Highlight};
        }

        :host(${o}) .control {
          background: transparent;
          border-color: ${m.GrayText};
          color: ${m.GrayText};
        }

        .control:${q} {
          outline-color: ${m.CanvasText};
        }

        :host([href]) .control {
          background: transparent;
          border-color: ${m.LinkText};
          color: ${m.LinkText};
        }

        :host([href]:hover) .control,
        :host([href]:active) .control {
          background: transparent;
          border-color: ${m.CanvasText};
          color: ${m.CanvasText};
        }
    `)),xh=(i,e,t,o="[disabled]")=>w`
    .control {
      background: padding-box linear-gradient(${me}, ${me}),
        border-box ${R2};
      color: ${po};
    }

    :host(${t}:hover) .control {
      background: padding-box linear-gradient(${Qt}, ${Qt}),
        border-box ${F2};
      color: ${eh};
    }

    :host(${t}:active) .control {
      background: padding-box linear-gradient(${Xt}, ${Xt}),
        border-box ${T2};
      color: ${th};
    }

    :host(${o}) .control {
      background: ${me};
    }

    .control:${q} {
      box-shadow: 0 0 0 calc(${Ye} * 1px) ${N2} inset !important;
    }
  `.withBehaviors(B(w`
        .control {
          forced-color-adjust: none;
          background: ${m.Highlight};
          color: ${m.HighlightText};
        }

        :host(${t}:hover) .control,
        :host(${t}:active) .control {
          background: ${m.HighlightText};
          border-color: ${m.Highlight};
          color: ${m.Highlight};
        }

        :host(${o}) .control {
          background: transparent;
          border-color: ${m.GrayText};
          color: ${m.GrayText};
        }

        .control:${q} {
          outline-color: ${m.CanvasText};
          box-shadow: 0 0 0 calc(${Ye} * 1px) ${m.HighlightText} inset !important;
        }

        :host([href]) .control {
          background: ${m.LinkText};
          color: ${m.HighlightText};
        }

        :host([href]:hover) .control,
        :host([href]:active) .control {
          background: ${m.ButtonFace};
          border-color: ${m.LinkText};
          color: ${m.LinkText};
        }
      `)),J2=(i,e,t,o="[disabled]")=>w`
    :host {
      height: auto;
      font-family: inherit;
      font-size: inherit;
      line-height: inherit;
      min-width: 0;
    }

    .control {
      display: inline;
      padding: 0;
      border: none;
      box-shadow: none;
      line-height: 1;
    }

    :host(${t}) .control {
      color: ${Hm};
      text-decoration: underline 1px;
    }

    :host(${t}:hover) .control {
      color: ${Vm};
      text-decoration: none;
    }

    :host(${t}:active) .control {
      color: ${Bm};
      text-decoration: none;
    }

    .control:${q} {
      ${vo}
    }
  `.withBehaviors(B(w`
        :host(${t}) .control {
          color: ${m.LinkText};
        }

        :host(${t}:hover) .control,
        :host(${t}:active) .control {
          color: ${m.CanvasText};
        }

        .control:${q} {
          outline-color: ${m.CanvasText};
        }
      `)),wh=(i,e,t,o="[disabled]")=>w`
    :host {
      color: ${Hm};
    }

    .control {
      background: ${Uo};
    }

    :host(${t}:hover) .control {
      background: ${mo};
      color: ${Vm};
    }

    :host(${t}:active) .control {
      background: ${go};
      color: ${Bm};
    }

    :host(${o}) .control {
      background: ${Uo};
    }
  `.withBehaviors(B(w`
        :host {
          color: ${m.ButtonText};
        }

        .control {
          forced-color-adjust: none;
          background: transparent;
        }

        :host(${t}:hover) .control,
        :host(${t}:active) .control {
          background: transparent;
          border-color: ${m.ButtonText};
          color: ${m.ButtonText};
        }

        :host(${o}) .control {
          background: transparent;
          color: ${m.GrayText};
        }

        .control:${q} {
          outline-color: ${m.CanvasText};
        }

        :host([href]) .control {
          color: ${m.LinkText};
        }

        :host([href]:hover) .control,
        :host([href]:active) .control {
          border-color: ${m.LinkText};
          color: ${m.LinkText};
        }
      `)),Ch=(i,e,t,o="[disabled]")=>w`
    .control {
      background: transparent !important;
      border-color: ${Ir};
    }

    :host(${t}:hover) .control {
      border-color: ${V2};
    }

    :host(${t}:active) .control {
      border-color: ${B2};
    }

    :host(${o}) .control {
      background: transparent !important;
      border-color: ${Ir};
    }
  `.withBehaviors(B(w`
        .control {
          border-color: ${m.ButtonText};
          color: ${m.ButtonText};
        }

        :host(${t}:hover) .control,
        :host(${t}:active) .control {
          background: ${m.HighlightText};
          border-color: ${m.Highlight};
          color: ${m.Highlight};
        }

        :host(${o}) .control {
          border-color: ${m.GrayText};
          color: ${m.GrayText};
        }

        .control:${q} {
          outline-color: ${m.CanvasText};
        }

        :host([href]) .control {
          border-color: ${m.LinkText};
          color: ${m.LinkText};
        }

        :host([href]:hover) .control,
        :host([href]:active) .control {
          border-color: ${m.CanvasText};
          color: ${m.CanvasText};
        }
      `)),In=(i,e,t,o="[disabled]")=>w`
    .control {
      background: ${Uo};
    }

    :host(${t}:hover) .control {
      background: ${mo};
    }

    :host(${t}:active) .control {
      background: ${go};
    }

    :host(${o}) .control {
      background: ${Uo};
    }
  `.withBehaviors(B(w`
        .control {
          forced-color-adjust: none;
          background: transparent;
          color: ${m.ButtonText};
        }

        :host(${t}:hover) .control,
        :host(${t}:active) .control {
          background: transparent;
          border-color: ${m.ButtonText};
          color: ${m.ButtonText};
        }

        :host(${o}) .control {
          background: transparent;
          color: ${m.GrayText};
        }
        
        .control:${q} {
          outline-color: ${m.CanvasText};
        }

        :host([href]) .control {
          color: ${m.LinkText};
        }

        :host([href]:hover) .control,
        :host([href]:active) .control {
          background: transparent;
          border-color: ${m.LinkText};
          color: ${m.LinkText};
        }
      `))});var H9,V9,B9,z9,Lr,bo,yo,Oi,Mi,eC=d(()=>{x();L();N();te();Je();ws();Tt();H9=fe.create("input-placeholder-rest").withDefault(i=>{let e=fo.getValueFor(i);return Sn.getValueFor(i).evaluate(i,e.evaluate(i).rest)}),V9=fe.create("input-placeholder-hover").withDefault(i=>{let e=fo.getValueFor(i);return Sn.getValueFor(i).evaluate(i,e.evaluate(i).hover)}),B9=fe.create("input-filled-placeholder-rest").withDefault(i=>{let e=No.getValueFor(i);return Sn.getValueFor(i).evaluate(i,e.evaluate(i).rest)}),z9=fe.create("input-filled-placeholder-hover").withDefault(i=>{let e=No.getValueFor(i);return Sn.getValueFor(i).evaluate(i,e.evaluate(i).hover)}),Lr=(i,e,t)=>w`
  :host {
    ${ne}
    color: ${ee};
    fill: currentcolor;
    user-select: none;
    position: relative;
  }

  ${t} {
    box-sizing: border-box;
    position: relative;
    color: inherit;
    border: calc(${A} * 1px) solid transparent;
    border-radius: calc(${re} * 1px);
    height: calc(${Q} * 1px);
    font-family: inherit;
    font-size: inherit;
    line-height: inherit;
  }

  .control {
    width: 100%;
    outline: none;
  }

  .label {
    display: block;
    color: ${ee};
    cursor: pointer;
    ${ne}
    margin-bottom: 4px;
  }

  .label__hidden {
    display: none;
    visibility: hidden;
  }

  :host([disabled]) ${t},
  :host([readonly]) ${t},
  :host([disabled]) .label,
  :host([readonly]) .label,
  :host([disabled]) .control,
  :host([readonly]) .control {
    cursor: ${Xe};
  }

  :host([disabled]) {
    opacity: ${Me};
  }
`,bo=(i,e,t)=>w`
  @media (forced-colors: none) {
    :host(:not([disabled]):active)::after {
      left: 50%;
      width: 40%;
      transform: translateX(-50%);
      border-bottom-left-radius: 0;
      border-bottom-right-radius: 0;
    }

    :host(:not([disabled]):focus-within)::after {
      left: 0;
      width: 100%;
      transform: none;
    }

    :host(:not([disabled]):active)::after,
    :host(:not([disabled]):focus-within:not(:active))::after {
      content: '';
      position: absolute;
      height: calc(${Ye} * 1px);
      bottom: 0;
      border-bottom: calc(${Ye} * 1px) solid ${me};
      border-bottom-left-radius: calc(${re} * 1px);
      border-bottom-right-radius: calc(${re} * 1px);
      z-index: 2;
      transition: all 300ms cubic-bezier(0.1, 0.9, 0.2, 1);
    }
  }
`,yo=(i,e,t,o=":not([disabled]):not(:focus-within)")=>w`
  ${t} {
    background: padding-box linear-gradient(${Xa}, ${Xa}),
      border-box ${qm};
  }

  :host(${o}:hover) ${t} {
    background: padding-box linear-gradient(${Um}, ${Um}),
      border-box ${z2};
  }

  :host(:not([disabled]):focus-within) ${t} {
    background: padding-box linear-gradient(${jm}, ${jm}),
      border-box ${qm};
  }
  
  :host([disabled]) ${t} {
    background: padding-box linear-gradient(${Xa}, ${Xa}),
      border-box ${Ir};
  }

  .control::placeholder {
    color: ${H9};
  }

  :host(${o}:hover) .control::placeholder {
    color: ${V9};
  }
`,Oi=(i,e,t,o=":not([disabled]):not(:focus-within)")=>w`
  ${t} {
    background: ${Ei};
  }

  :host(${o}:hover) ${t} {
    background: ${$n};
  }

  :host(:not([disabled]):focus-within) ${t} {
    background: ${E2};
  }

  :host([disabled]) ${t} {
    background: ${Ei};
  }

  .control::placeholder {
    color: ${B9};
  }

  :host(${o}:hover) .control::placeholder {
    color: ${z9};
  }
`,Mi=(i,e,t,o=":not([disabled]):not(:focus-within)")=>w`
  :host {
    color: ${m.ButtonText};
  }

  ${t} {
    background: ${m.ButtonFace};
    border-color: ${m.ButtonText};
  }

  :host(${o}:hover) ${t},
  :host(:not([disabled]):focus-within) ${t} {
    border-color: ${m.Highlight};
  }

  :host([disabled]) ${t} {
    opacity: 1;
    background: ${m.ButtonFace};
    border-color: ${m.GrayText};
  }

  .control::placeholder,
  :host(${o}:hover) .control::placeholder {
    color: ${m.CanvasText};
  }

  :host(:not([disabled]):focus) ${t} {
    ${Ke}
    outline-color: ${m.Highlight};
  }

  :host([disabled]) {
    opacity: 1;
    color: ${m.GrayText};
  }

  :host([disabled]) ::placeholder,
  :host([disabled]) ::-webkit-input-placeholder {
    color: ${m.GrayText};
  }
`});var tC=d(()=>{K2();eC();Je()});var He=d(()=>{Zm();Qm();Tt();tC();ws()});function Ce(i,e){return new bd("appearance",i,e)}var qo=d(()=>{L()});var $s,iC,oC=d(()=>{He();qo();$s="[href]",iC=(i,e)=>yh(i,e,$s).withBehaviors(Ce("neutral",Tn(i,e,$s)),Ce("accent",xh(i,e,$s)),Ce("hypertext",J2(i,e,$s)),Ce("lightweight",wh(i,e,$s)),Ce("outline",Ch(i,e,$s)),Ce("stealth",In(i,e,$s)))});var $h,iK,rC=d(()=>{Oe();x();L();oC();$h=class extends At{appearanceChanged(e,t){e!==t&&(this.classList.add(t),this.classList.remove(e))}connectedCallback(){super.connectedCallback(),this.appearance||(this.appearance="neutral")}defaultSlottedContentChanged(){var e,t;let o=this.defaultSlottedContent.filter(r=>r.nodeType===Node.ELEMENT_NODE);o.length===1&&o[0]instanceof SVGElement?(e=this.control)===null||e===void 0||e.classList.add("icon-only"):(t=this.control)===null||t===void 0||t.classList.remove("icon-only")}};D([f],$h.prototype,"appearance",void 0);iK=$h.compose({baseName:"anchor",baseClass:At,template:Nc,styles:iC,shadowOptions:{delegatesFocus:!0}})});var sC,nC=d(()=>{x();sC=(i,e)=>w`
  :host {
    contain: layout;
    display: block;
  }
`});var lK,aC=d(()=>{L();nC();lK=K.compose({baseName:"anchored-region",template:_b,styles:sC})});var lC,cC=d(()=>{x();L();te();Je();lC=(i,e)=>w`
    ${H("inline-block")} :host {
      box-sizing: border-box;
      ${vh};
    }

    .control {
      border-radius: calc(${re} * 1px);
      padding: calc(((${F} * 0.5) - ${A}) * 1px) calc((${F} - ${A}) * 1px);
      border: calc(${A} * 1px) solid transparent;
    }

    :host(.lightweight) .control {
      background: transparent;
      color: ${ee};
      font-weight: 600;
    }

    :host(.accent) .control {
      background: ${me};
      color: ${po};
    }

    :host(.neutral) .control {
      background: ${Ei};
      color: ${ee};
    }

    :host([circular]) .control {
      border-radius: 100px;
      min-width: calc(${bn} - calc(${F} * 1px));
      display: flex;
      align-items: center;
      justify-content: center;
    }
  `});var Sh,yK,dC=d(()=>{Oe();x();L();cC();Sh=class extends pr{constructor(){super(...arguments),this.appearance="lightweight"}appearanceChanged(e,t){e!==t&&I.queueUpdate(()=>{this.classList.add(t),this.classList.remove(e)})}};D([f({mode:"fromView"})],Sh.prototype,"appearance",void 0);yK=Sh.compose({baseName:"badge",baseClass:pr,template:Pb,styles:lC})});var hC,uC=d(()=>{x();L();Je();hC=(i,e)=>w`
  ${H("inline-block")} :host {
    box-sizing: border-box;
    ${ne};
  }

  .list {
    display: flex;
  }
`});var RK,pC=d(()=>{L();uC();RK=wa.compose({baseName:"breadcrumb",template:Nb,styles:hC})});var fC,mC=d(()=>{x();L();N();te();Je();He();Tt();fC=(i,e)=>w`
    ${H("inline-flex")} :host {
      background: transparent;
      color: ${ee};
      fill: currentcolor;
      box-sizing: border-box;
      ${ne};
      min-width: calc(${Q} * 1px);
      border-radius: calc(${re} * 1px);
    }

    .listitem {
      display: flex;
      align-items: center;
      border-radius: inherit;
    }

    .control {
      position: relative;
      align-items: center;
      box-sizing: border-box;
      color: inherit;
      fill: inherit;
      cursor: pointer;
      display: flex;
      outline: none;
      text-decoration: none;
      white-space: nowrap;
      border-radius: inherit;
    }

    .control:hover {
      color: ${M2};
    }

    .control:active {
      color: ${H2};
    }

    .control:${q} {
      ${vo}
    }

    :host(:not([href])),
    :host([aria-current]) .control {
      color: ${ee};
      fill: currentcolor;
      cursor: default;
    }

    .start {
      display: flex;
      margin-inline-end: 6px;
    }

    .end {
      display: flex;
      margin-inline-start: 6px;
    }

    .separator {
      display: flex;
    }
  `.withBehaviors(B(w`
        :host(:not([href])),
        .start,
        .end,
        .separator {
          background: ${m.ButtonFace};
          color: ${m.ButtonText};
          fill: currentcolor;
        }
        .separator {
          fill: ${m.ButtonText};
        }
        :host([href]) {
          forced-color-adjust: none;
          background: ${m.ButtonFace};
          color: ${m.LinkText};
        }
        :host([href]) .control:hover {
          background: ${m.LinkText};
          color: ${m.HighlightText};
          fill: currentcolor;
        }
        .control:${q} {
          outline-color: ${m.LinkText};
        }
      `))});var VK,gC=d(()=>{L();mC();VK=Lo.compose({baseName:"breadcrumb-item",template:Vb,styles:fC,shadowOptions:{delegatesFocus:!0},separator:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M4.65 2.15a.5.5 0 000 .7L7.79 6 4.65 9.15a.5.5 0 10.7.7l3.5-3.5a.5.5 0 000-.7l-3.5-3.5a.5.5 0 00-.7 0z"/>
    </svg>
  `})});var Ss,Dr,vC,bC=d(()=>{x();L();He();qo();te();Ss=":not([disabled])",Dr="[disabled]",vC=(i,e)=>w`
    :host(${Ss}) .control {
      cursor: pointer;
    }

    :host(${Dr}) .control {
      cursor: ${Xe};
    }

    @media (forced-colors: none) {
      :host(${Dr}) .control {
        opacity: ${Me};
      }
    }

    ${yh(i,e,Ss,Dr)}
  `.withBehaviors(Ce("neutral",Tn(i,e,Ss,Dr)),Ce("accent",xh(i,e,Ss,Dr)),Ce("lightweight",wh(i,e,Ss,Dr)),Ce("outline",Ch(i,e,Ss,Dr)),Ce("stealth",In(i,e,Ss,Dr)))});var kh,Ya,Xm=d(()=>{Oe();x();L();bC();kh=class extends Pt{appearanceChanged(e,t){e!==t&&(this.classList.add(t),this.classList.remove(e))}connectedCallback(){super.connectedCallback(),this.appearance||(this.appearance="neutral")}defaultSlottedContentChanged(){let e=this.defaultSlottedContent.filter(t=>t.nodeType===Node.ELEMENT_NODE);e.length===1&&e[0]instanceof SVGElement?this.control.classList.add("icon-only"):this.control.classList.remove("icon-only")}};D([f],kh.prototype,"appearance",void 0);Ya=kh.compose({baseName:"button",baseClass:Pt,template:Gb,styles:vC,shadowOptions:{delegatesFocus:!0}})});var yC,xC=d(()=>{x();L();N();te();He();yC=(i,e)=>w`
    ${H("block")} :host {
      display: block;
      contain: content;
      height: var(--card-height, 100%);
      width: var(--card-width, 100%);
      box-sizing: border-box;
      background: ${J};
      color: ${ee};
      border: calc(${A} * 1px) solid ${jo};
      border-radius: calc(${ri} * 1px);
      box-shadow: ${Q2};
    }

    :host {
      content-visibility: auto;
    }
  `.withBehaviors(B(w`
        :host {
          background: ${m.Canvas};
          color: ${m.CanvasText};
        }
      `))});var Ja,Ka,Ym=d(()=>{Oe();L();x();_r();te();vs();rm();xC();Ja=class extends $a{cardFillColorChanged(e,t){if(t){let o=Wt(t);o!==null&&(this.neutralPaletteSource=t,J.setValueFor(this,Ft.create(o.r,o.g,o.b)))}}neutralPaletteSourceChanged(e,t){if(t){let o=Wt(t),r=Ft.create(o.r,o.g,o.b);Ae.setValueFor(this,bs.create(r))}}handleChange(e,t){this.cardFillColor||J.setValueFor(this,o=>zo.getValueFor(o).evaluate(o,J.getValueFor(e)).rest)}connectedCallback(){super.connectedCallback();let e=as(this);if(e){let t=V.getNotifier(e);t.subscribe(this,"fillColor"),t.subscribe(this,"neutralPalette"),this.handleChange(e,"fillColor")}}};D([f({attribute:"card-fill-color",mode:"fromView"})],Ja.prototype,"cardFillColor",void 0);D([f({attribute:"neutral-palette-source",mode:"fromView"})],Ja.prototype,"neutralPaletteSource",void 0);Ka=Ja.compose({baseName:"card",baseClass:$a,template:uy,styles:yC})});var wC,CC=d(()=>{x();L();N();He();te();Je();Tt();wC=(i,e)=>w`
    ${H("inline-flex")} :host {
      align-items: center;
      outline: none;
      ${""} user-select: none;
    }

    .control {
      position: relative;
      width: calc((${Q} / 2 + ${F}) * 1px);
      height: calc((${Q} / 2 + ${F}) * 1px);
      box-sizing: border-box;
      border-radius: calc(${re} * 1px);
      border: calc(${A} * 1px) solid ${Ai};
      background: ${yn};
      cursor: pointer;
    }

    .label__hidden {
      display: none;
      visibility: hidden;
    }

    .label {
      ${ne}
      color: ${ee};
      ${""} padding-inline-start: calc(${F} * 2px + 2px);
      margin-inline-end: calc(${F} * 2px + 2px);
      cursor: pointer;
    }

    slot[name='checked-indicator'],
    slot[name='indeterminate-indicator'] {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 100%;
      height: 100%;
      fill: ${ee};
      opacity: 0;
      pointer-events: none;
    }

    slot[name='indeterminate-indicator'] {
      position: absolute;
      top: 0;
    }

    :host(.checked) slot[name='checked-indicator'],
    :host(.checked) slot[name='indeterminate-indicator'] {
      fill: ${po};
    }

    :host(:not(.disabled):hover) .control {
      background: ${xn};
      border-color: ${_n};
    }

    :host(:not(.disabled):active) .control {
      background: ${wn};
      border-color: ${Rn};
    }

    :host(:${q}) .control {
      background: ${Cn};
      ${vo}
    }

    :host(.checked) .control {
      background: ${me};
      border-color: transparent;
    }

    :host(.checked:not(.disabled):hover) .control {
      background: ${Qt};
      border-color: transparent;
    }

    :host(.checked:not(.disabled):active) .control {
      background: ${Xt};
      border-color: transparent;
    }

    :host(.disabled) .label,
    :host(.readonly) .label,
    :host(.readonly) .control,
    :host(.disabled) .control {
      cursor: ${Xe};
    }

    :host(.checked:not(.indeterminate)) slot[name='checked-indicator'],
    :host(.indeterminate) slot[name='indeterminate-indicator'] {
      opacity: 1;
    }

    :host(.disabled) {
      opacity: ${Me};
    }
  `.withBehaviors(B(w`
        .control {
          border-color: ${m.FieldText};
          background: ${m.Field};
        }
        :host(:not(.disabled):hover) .control,
        :host(:not(.disabled):active) .control {
          border-color: ${m.Highlight};
          background: ${m.Field};
        }
        slot[name='checked-indicator'],
        slot[name='indeterminate-indicator'] {
          fill: ${m.FieldText};
        }
        :host(:${q}) .control {
          forced-color-adjust: none;
          outline-color: ${m.FieldText};
          background: ${m.Field};
          border-color: ${m.Highlight};
        }
        :host(.checked) .control {
          background: ${m.Highlight};
          border-color: ${m.Highlight};
        }
        :host(.checked:not(.disabled):hover) .control,
        :host(.checked:not(.disabled):active) .control {
          background: ${m.HighlightText};
          border-color: ${m.Highlight};
        }
        :host(.checked) slot[name='checked-indicator'],
        :host(.checked) slot[name='indeterminate-indicator'] {
          fill: ${m.HighlightText};
        }
        :host(.checked:hover ) .control slot[name='checked-indicator'],
        :host(.checked:hover ) .control slot[name='indeterminate-indicator'] {
          fill: ${m.Highlight};
        }
        :host(.disabled) {
          opacity: 1;
        }
        :host(.disabled) .control {
          border-color: ${m.GrayText};
          background: ${m.Field};
        }
        :host(.disabled) slot[name='checked-indicator'],
        :host(.checked.disabled:hover) .control slot[name='checked-indicator'],
        :host(.disabled) slot[name='indeterminate-indicator'],
        :host(.checked.disabled:hover) .control slot[name='indeterminate-indicator'] {
          fill: ${m.GrayText};
        }
      `))});var Jm,Km=d(()=>{L();CC();Jm=ns.compose({baseName:"checkbox",template:gy,styles:wC,checkedIndicator:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <path d="M13.86 3.66a.5.5 0 01-.02.7l-7.93 7.48a.6.6 0 01-.84-.02L2.4 9.1a.5.5 0 01.72-.7l2.4 2.44 7.65-7.2a.5.5 0 01.7.02z"/>
    </svg>
  `,indeterminateIndicator:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <path d="M3 8c0-.28.22-.5.5-.5h9a.5.5 0 010 1h-9A.5.5 0 013 8z"/>
    </svg>
  `})});var $C,_h,SC,eg,N9,kC,tg=d(()=>{x();L();N();Qm();ws();qo();te();Je();Tt();He();$C=".control",_h=":not([disabled]):not([open])",SC="[disabled]",eg=(i,e)=>w`
    ${H("inline-flex")}
    
    :host {
      border-radius: calc(${re} * 1px);
      box-sizing: border-box;
      color: ${ee};
      fill: currentcolor;
      font-family: ${Zt};
      position: relative;
      user-select: none;
      min-width: 250px;
      vertical-align: top;
    }

    .listbox {
      box-shadow: ${bh};
      background: ${J};
      border-radius: calc(${ri} * 1px);
      box-sizing: border-box;
      display: inline-flex;
      flex-direction: column;
      left: 0;
      max-height: calc(var(--max-height) - (${Q} * 1px));
      padding: calc((${F} - ${A} ) * 1px);
      overflow-y: auto;
      position: absolute;
      width: 100%;
      z-index: 1;
      margin: 1px 0;
      border: calc(${A} * 1px) solid transparent;
    }

    .listbox[hidden] {
      display: none;
    }

    .control {
      border: calc(${A} * 1px) solid transparent;
      border-radius: calc(${re} * 1px);
      height: calc(${Q} * 1px);
      align-items: center;
      box-sizing: border-box;
      cursor: pointer;
      display: flex;
      ${ne}
      min-height: 100%;
      padding: 0 calc(${F} * 2.25px);
      width: 100%;
    }

    :host(:${q}) {
      ${Ke}
    }

    :host([disabled]) .control {
      cursor: ${Xe};
      opacity: ${Me};
      user-select: none;
    }

    :host([open][position='above']) .listbox {
      bottom: calc((${Q} + ${F} * 2) * 1px);
    }

    :host([open][position='below']) .listbox {
      top: calc((${Q} + ${F} * 2) * 1px);
    }

    .selected-value {
      font-family: inherit;
      flex: 1 1 auto;
      text-align: start;
    }

    .indicator {
      flex: 0 0 auto;
      margin-inline-start: 1em;
    }

    slot[name='listbox'] {
      display: none;
      width: 100%;
    }

    :host([open]) slot[name='listbox'] {
      display: flex;
      position: absolute;
    }

    .start {
      margin-inline-end: 11px;
    }

    .end {
      margin-inline-start: 11px;
    }

    .start,
    .end,
    .indicator,
    ::slotted(svg) {
      display: flex;
    }

    ::slotted([role='option']) {
      flex: 0 0 auto;
    }
  `,N9=(i,e)=>w`
    :host([open]) .listbox {
      background: ${m.ButtonFace};
      border-color: ${m.CanvasText};
    }
  `,kC=(i,e)=>eg(i,e).withBehaviors(Ce("outline",Tn(i,e,_h,SC)),Ce("filled",Oi(i,e,$C,_h).withBehaviors(B(Mi(i,e,$C,_h)))),Ce("stealth",In(i,e,_h,SC)),B(N9(i,e)))});var Rh,ig,_C,RC=d(()=>{x();L();tg();qo();te();Je();He();Rh=".control",ig=":not([disabled]):not([open])",_C=(i,e)=>w`
    ${eg(i,e)}

    ${bo(i,e,Rh)}

    :host(:empty) .listbox {
      display: none;
    }

    :host([disabled]) *,
    :host([disabled]) {
      cursor: ${Xe};
      user-select: none;
    }

    :host(:active) .selected-value {
      user-select: none;
    }

    .selected-value {
      -webkit-appearance: none;
      background: transparent;
      border: none;
      color: inherit;
      ${ne}
      height: calc(100% - ${A} * 1px));
      margin: auto 0;
      width: 100%;
      outline: none;
    }
  `.withBehaviors(Ce("outline",yo(i,e,Rh,ig)),Ce("filled",Oi(i,e,Rh,ig)),B(Mi(i,e,Rh,ig)))});var Fh,Zee,FC=d(()=>{Oe();x();L();te();RC();Fh=class extends ki{appearanceChanged(e,t){e!==t&&(this.classList.add(t),this.classList.remove(e))}connectedCallback(){super.connectedCallback(),this.appearance||(this.appearance="outline"),this.listbox&&J.setValueFor(this.listbox,uo)}};D([f({mode:"fromView"})],Fh.prototype,"appearance",void 0);Zee=Fh.compose({baseName:"combobox",baseClass:ki,shadowOptions:{delegatesFocus:!0},template:$y,styles:_C,indicator:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M2.15 4.65c.2-.2.5-.2.7 0L6 7.79l3.15-3.14a.5.5 0 11.7.7l-3.5 3.5a.5.5 0 01-.7 0l-3.5-3.5a.5.5 0 010-.7z"/>
    </svg>
  `})});var TC,IC=d(()=>{x();TC=(i,e)=>w`
  :host {
    display: flex;
    position: relative;
    flex-direction: column;
  }
`});var LC,DC=d(()=>{x();L();te();LC=(i,e)=>w`
    :host {
      display: grid;
      padding: 1px 0;
      box-sizing: border-box;
      width: 100%;
      border-bottom: calc(${A} * 1px) solid ${xs};
    }

    :host(.header) {
    }

    :host(.sticky-header) {
      background: ${J};
      position: sticky;
      top: 0;
    }
  `.withBehaviors(B(w`
        :host {
        }
      `))});var EC,AC=d(()=>{x();N();L();te();Je();Tt();EC=(i,e)=>w`
    :host {
      padding: calc((${F} + ${Ye} - ${A}) * 1px) calc(((${F} * 3) + ${Ye} - ${A}) * 1px);
      color: ${ee};
      box-sizing: border-box;
      ${ne}
      border: transparent calc(${A} * 1px) solid;
      overflow: hidden;
      white-space: nowrap;
      border-radius: calc(${re} * 1px);
    }

    :host(.column-header) {
      font-weight: 600;
    }

    :host(:${q}) {
      ${Ke}
    }
  `.withBehaviors(B(w`
        :host {
          forced-color-adjust: none;
          background: ${m.Field};
          color: ${m.FieldText};
        }

        :host(:${q}) {
          outline-color: ${m.FieldText};
        }
      `))});var pte,fte,mte,PC=d(()=>{L();IC();DC();AC();pte=Wi.compose({baseName:"data-grid-cell",template:ay,styles:EC}),fte=vt.compose({baseName:"data-grid-row",template:sy,styles:LC}),mte=St.compose({baseName:"data-grid",template:iy,styles:TC})});function U(i){return(e,t)=>{e[t+"Changed"]=function(o,r){r!=null?i.setValueFor(this,r):i.deleteValueFor(this)}}}var og,OC,z,Ste,MC=d(()=>{Oe();_r();x();L();N();vs();te();og={toView(i){return i==null?null:i?.toColorString()},fromView(i){if(i==null)return null;let e=Wt(i);return e?Ft.create(e.r,e.g,e.b):null}},OC=w`
  :host {
    background-color: ${J};
    color: ${ee};
  }
`.withBehaviors(B(w`
      :host {
        background-color: ${m.Canvas};
        box-shadow: 0 0 0 1px ${m.CanvasText};
        color: ${m.CanvasText};
      }
    `));z=class extends R{constructor(){super(),this.noPaint=!1;let e={handleChange:this.noPaintChanged.bind(this)};V.getNotifier(this).subscribe(e,"fillColor"),V.getNotifier(this).subscribe(e,"baseLayerLuminance")}connectedCallback(){super.connectedCallback(),this.noPaintChanged()}noPaintChanged(){!this.noPaint&&(this.fillColor!==void 0||this.baseLayerLuminance)?this.$fastController.addStyles(OC):this.$fastController.removeStyles(OC)}};D([f({attribute:"no-paint",mode:"boolean"})],z.prototype,"noPaint",void 0);D([f({attribute:"fill-color",converter:og,mode:"fromView"}),U(J)],z.prototype,"fillColor",void 0);D([f({attribute:"accent-base-color",converter:og,mode:"fromView"}),U(Om)],z.prototype,"accentBaseColor",void 0);D([f({attribute:"neutral-base-color",converter:og,mode:"fromView"}),U(Pm)],z.prototype,"neutralBaseColor",void 0);D([f({converter:P}),U(ui)],z.prototype,"density",void 0);D([f({attribute:"design-unit",converter:P}),U(F)],z.prototype,"designUnit",void 0);D([f({attribute:"direction"}),U(gn)],z.prototype,"direction",void 0);D([f({attribute:"base-height-multiplier",converter:P}),U(vn)],z.prototype,"baseHeightMultiplier",void 0);D([f({attribute:"base-horizontal-spacing-multiplier",converter:P}),U(p2)],z.prototype,"baseHorizontalSpacingMultiplier",void 0);D([f({attribute:"control-corner-radius",converter:P}),U(re)],z.prototype,"controlCornerRadius",void 0);D([f({attribute:"layer-corner-radius",converter:P}),U(ri)],z.prototype,"layerCornerRadius",void 0);D([f({attribute:"stroke-width",converter:P}),U(A)],z.prototype,"strokeWidth",void 0);D([f({attribute:"focus-stroke-width",converter:P}),U(Ye)],z.prototype,"focusStrokeWidth",void 0);D([f({attribute:"disabled-opacity",converter:P}),U(Me)],z.prototype,"disabledOpacity",void 0);D([f({attribute:"type-ramp-minus-2-font-size"}),U(Ua)],z.prototype,"typeRampMinus2FontSize",void 0);D([f({attribute:"type-ramp-minus-2-line-height"}),U(jd)],z.prototype,"typeRampMinus2LineHeight",void 0);D([f({attribute:"type-ramp-minus-1-font-size"}),U(Na)],z.prototype,"typeRampMinus1FontSize",void 0);D([f({attribute:"type-ramp-minus-1-line-height"}),U(bn)],z.prototype,"typeRampMinus1LineHeight",void 0);D([f({attribute:"type-ramp-base-font-size"}),U(za)],z.prototype,"typeRampBaseFontSize",void 0);D([f({attribute:"type-ramp-base-line-height"}),U(Ud)],z.prototype,"typeRampBaseLineHeight",void 0);D([f({attribute:"type-ramp-plus-1-font-size"}),U(ja)],z.prototype,"typeRampPlus1FontSize",void 0);D([f({attribute:"type-ramp-plus-1-line-height"}),U(qd)],z.prototype,"typeRampPlus1LineHeight",void 0);D([f({attribute:"type-ramp-plus-2-font-size"}),U(qa)],z.prototype,"typeRampPlus2FontSize",void 0);D([f({attribute:"type-ramp-plus-2-line-height"}),U(Gd)],z.prototype,"typeRampPlus2LineHeight",void 0);D([f({attribute:"type-ramp-plus-3-font-size"}),U(Ga)],z.prototype,"typeRampPlus3FontSize",void 0);D([f({attribute:"type-ramp-plus-3-line-height"}),U(Wd)],z.prototype,"typeRampPlus3LineHeight",void 0);D([f({attribute:"type-ramp-plus-4-font-size"}),U(Wa)],z.prototype,"typeRampPlus4FontSize",void 0);D([f({attribute:"type-ramp-plus-4-line-height"}),U(Zd)],z.prototype,"typeRampPlus4LineHeight",void 0);D([f({attribute:"type-ramp-plus-5-font-size"}),U(Za)],z.prototype,"typeRampPlus5FontSize",void 0);D([f({attribute:"type-ramp-plus-5-line-height"}),U(Qd)],z.prototype,"typeRampPlus5LineHeight",void 0);D([f({attribute:"type-ramp-plus-6-font-size"}),U(Qa)],z.prototype,"typeRampPlus6FontSize",void 0);D([f({attribute:"type-ramp-plus-6-line-height"}),U(Xd)],z.prototype,"typeRampPlus6LineHeight",void 0);D([f({attribute:"accent-fill-rest-delta",converter:P}),U(Hd)],z.prototype,"accentFillRestDelta",void 0);D([f({attribute:"accent-fill-hover-delta",converter:P}),U(Vd)],z.prototype,"accentFillHoverDelta",void 0);D([f({attribute:"accent-fill-active-delta",converter:P}),U(Bd)],z.prototype,"accentFillActiveDelta",void 0);D([f({attribute:"accent-fill-focus-delta",converter:P}),U(zd)],z.prototype,"accentFillFocusDelta",void 0);D([f({attribute:"accent-foreground-rest-delta",converter:P}),U(hm)],z.prototype,"accentForegroundRestDelta",void 0);D([f({attribute:"accent-foreground-hover-delta",converter:P}),U(um)],z.prototype,"accentForegroundHoverDelta",void 0);D([f({attribute:"accent-foreground-active-delta",converter:P}),U(pm)],z.prototype,"accentForegroundActiveDelta",void 0);D([f({attribute:"accent-foreground-focus-delta",converter:P}),U(fm)],z.prototype,"accentForegroundFocusDelta",void 0);D([f({attribute:"neutral-fill-rest-delta",converter:P}),U(mm)],z.prototype,"neutralFillRestDelta",void 0);D([f({attribute:"neutral-fill-hover-delta",converter:P}),U(gm)],z.prototype,"neutralFillHoverDelta",void 0);D([f({attribute:"neutral-fill-active-delta",converter:P}),U(vm)],z.prototype,"neutralFillActiveDelta",void 0);D([f({attribute:"neutral-fill-focus-delta",converter:P}),U(bm)],z.prototype,"neutralFillFocusDelta",void 0);D([f({attribute:"neutral-fill-input-rest-delta",converter:P}),U(ym)],z.prototype,"neutralFillInputRestDelta",void 0);D([f({attribute:"neutral-fill-input-hover-delta",converter:P}),U(xm)],z.prototype,"neutralFillInputHoverDelta",void 0);D([f({attribute:"neutral-fill-input-active-delta",converter:P}),U(wm)],z.prototype,"neutralFillInputActiveDelta",void 0);D([f({attribute:"neutral-fill-input-focus-delta",converter:P}),U(Cm)],z.prototype,"neutralFillInputFocusDelta",void 0);D([f({attribute:"neutral-fill-layer-rest-delta",converter:P}),U(Vo)],z.prototype,"neutralFillLayerRestDelta",void 0);D([f({attribute:"neutral-fill-stealth-rest-delta",converter:P}),U($m)],z.prototype,"neutralFillStealthRestDelta",void 0);D([f({attribute:"neutral-fill-stealth-hover-delta",converter:P}),U(Sm)],z.prototype,"neutralFillStealthHoverDelta",void 0);D([f({attribute:"neutral-fill-stealth-active-delta",converter:P}),U(km)],z.prototype,"neutralFillStealthActiveDelta",void 0);D([f({attribute:"neutral-fill-stealth-focus-delta",converter:P}),U(_m)],z.prototype,"neutralFillStealthFocusDelta",void 0);D([f({attribute:"neutral-fill-strong-hover-delta",converter:P}),U(Rm)],z.prototype,"neutralFillStrongHoverDelta",void 0);D([f({attribute:"neutral-fill-strong-active-delta",converter:P}),U(Fm)],z.prototype,"neutralFillStrongActiveDelta",void 0);D([f({attribute:"neutral-fill-strong-focus-delta",converter:P}),U(Tm)],z.prototype,"neutralFillStrongFocusDelta",void 0);D([f({attribute:"base-layer-luminance",converter:P}),U(Fr)],z.prototype,"baseLayerLuminance",void 0);D([f({attribute:"neutral-stroke-divider-rest-delta",converter:P}),U(Am)],z.prototype,"neutralStrokeDividerRestDelta",void 0);D([f({attribute:"neutral-stroke-rest-delta",converter:P}),U(Im)],z.prototype,"neutralStrokeRestDelta",void 0);D([f({attribute:"neutral-stroke-hover-delta",converter:P}),U(Lm)],z.prototype,"neutralStrokeHoverDelta",void 0);D([f({attribute:"neutral-stroke-active-delta",converter:P}),U(Dm)],z.prototype,"neutralStrokeActiveDelta",void 0);D([f({attribute:"neutral-stroke-focus-delta",converter:P}),U(Em)],z.prototype,"neutralStrokeFocusDelta",void 0);Ste=z.compose({baseName:"design-system-provider",template:C` <slot></slot> `,styles:w`
    ${H("block")}
  `})});var HC,VC=d(()=>{x();He();te();HC=(i,e)=>w`
  :host([hidden]) {
    display: none;
  }

  :host {
    --dialog-height: 480px;
    --dialog-width: 640px;
    display: block;
  }

  .overlay {
    position: fixed;
    top: 0;
    left: 0;
    right: 0;
    bottom: 0;
    background: rgba(0, 0, 0, 0.3);
    touch-action: none;
  }

  .positioning-region {
    display: flex;
    justify-content: center;
    position: fixed;
    top: 0;
    bottom: 0;
    left: 0;
    right: 0;
    overflow: auto;
  }

  .control {
    box-shadow: ${Y2};
    margin-top: auto;
    margin-bottom: auto;
    border-radius: calc(${ri} * 1px);
    width: var(--dialog-width);
    height: var(--dialog-height);
    background: ${J};
    z-index: 1;
    border: calc(${A} * 1px) solid transparent;
  }
`});var rg,sg=d(()=>{L();VC();rg=co.compose({baseName:"dialog",template:Dy,styles:HC})});var BC,zC=d(()=>{x();L();te();BC=(i,e)=>w`
    ${H("block")} :host {
      box-sizing: content-box;
      height: 0;
      border: none;
      border-top: calc(${A} * 1px) solid ${xs};
    }

    :host([orientation="vertical"]) {
      border: none;
      height: 100%;
      margin: 0 calc(${F} * 1px);
      border-left: calc(${A} * 1px) solid ${xs};
  }
  `});var Vte,NC=d(()=>{L();zC();Vte=br.compose({baseName:"divider",template:jy,styles:BC})});var UC,jC=d(()=>{x();L();N();He();te();Tt();UC=(i,e)=>w`
    ${H("inline-flex")} :host {
      height: calc((${Q} + ${F}) * 1px);
      justify-content: center;
      align-items: center;
      fill: currentcolor;
      color: ${ah};
      background: padding-box linear-gradient(${si}, ${si}),
        border-box ${kn};
      box-sizing: border-box;
      border: calc(${A} * 1px) solid transparent;
      border-radius: calc(${re} * 1px);
      padding: 0;
    }

    :host(.disabled) {
      opacity: ${Me};
      cursor: ${Xe};
      pointer-events: none;
    }

    .next,
    .previous {
      display: flex;
    }

    :host(:not(.disabled):hover) {
      cursor: pointer;
    }

    :host(:not(.disabled):hover) {
      color: ${P2};
    }

    :host(:not(.disabled):active) {
      color: ${O2};
    }

    :host(:${q}) {
      ${Ke}
    }

    :host::-moz-focus-inner {
      border: 0;
    }
  `.withBehaviors(B(w`
        :host {
          background: ${m.ButtonFace};
          border-color: ${m.ButtonText};
        }
        :host .next,
        :host .previous {
          color: ${m.ButtonText};
          fill: currentcolor;
        }
        :host(:not(.disabled):hover) {
          background: ${m.Highlight};
        }
        :host(:not(.disabled):hover) .next,
        :host(:not(.disabled):hover) .previous {
          color: ${m.HighlightText};
          fill: currentcolor;
        }
        :host(.disabled) {
          opacity: 1;
        }
        :host(.disabled),
        :host(.disabled) .next,
        :host(.disabled) .previous {
          border-color: ${m.GrayText};
          color: ${m.GrayText};
          fill: currentcolor;
        }
        :host(:${q}) {
          forced-color-adjust: none;
          outline-color: ${m.Highlight};
        }
      `))});var Xte,qC=d(()=>{L();jC();Xte=cs.compose({baseName:"flipper",template:Xy,styles:UC,next:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <path d="M7.57 11.84A1 1 0 016 11.02V4.98a1 1 0 011.57-.82l3.79 2.62c.85.59.85 1.85 0 2.44l-3.79 2.62z"/>
    </svg>
  `,previous:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <path d="M9.43 11.84a1 1 0 001.57-.82V4.98a1 1 0 00-1.57-.82L5.64 6.78c-.85.59-.85 1.85 0 2.44l3.79 2.62z"/>
    </svg>
  `})});var U9,j9,GC,WC,ZC=d(()=>{x();L();He();U9=w`
  .scroll-prev {
    right: auto;
    left: 0;
  }

  .scroll.scroll-next::before,
  .scroll-next .scroll-action {
    left: auto;
    right: 0;
  }

  .scroll.scroll-next::before {
    background: linear-gradient(to right, transparent, var(--scroll-fade-next));
  }

  .scroll-next .scroll-action {
    transform: translate(50%, -50%);
  }
`,j9=w`
  .scroll.scroll-next {
    right: auto;
    left: 0;
  }

  .scroll.scroll-next::before {
    background: linear-gradient(to right, var(--scroll-fade-next), transparent);
    left: auto;
    right: 0;
  }

  .scroll.scroll-prev::before {
    background: linear-gradient(to right, transparent, var(--scroll-fade-previous));
  }

  .scroll-prev .scroll-action {
    left: auto;
    right: 0;
    transform: translate(50%, -50%);
  }
`,GC=w`
  .scroll-area {
    position: relative;
  }

  div.scroll-view {
    overflow-x: hidden;
  }

  .scroll {
    bottom: 0;
    pointer-events: none;
    position: absolute;
    right: 0;
    top: 0;
    user-select: none;
    width: 100px;
  }

  .scroll.disabled {
    display: none;
  }

  .scroll::before,
  .scroll-action {
    left: 0;
    position: absolute;
  }

  .scroll::before {
    background: linear-gradient(to right, var(--scroll-fade-previous), transparent);
    content: '';
    display: block;
    height: 100%;
    width: 100%;
  }

  .scroll-action {
    pointer-events: auto;
    right: auto;
    top: 50%;
    transform: translate(-50%, -50%);
  }

  ::slotted(fluent-flipper) {
    opacity: 0;
    transition: opacity 0.2s ease-in-out;
  }

  .scroll-area:hover ::slotted(fluent-flipper) {
    opacity: 1;
  }
`.withBehaviors(new Pi(U9,j9)),WC=(i,e)=>w`
  ${H("block")} :host {
    --scroll-align: center;
    --scroll-item-spacing: 4px;
    contain: layout;
    position: relative;
  }

  .scroll-view {
    overflow-x: auto;
    scrollbar-width: none;
  }

  ::-webkit-scrollbar {
    display: none;
  }

  .content-container {
    align-items: var(--scroll-align);
    display: inline-flex;
    flex-wrap: nowrap;
    position: relative;
  }

  .content-container ::slotted(*) {
    margin-right: var(--scroll-item-spacing);
  }

  .content-container ::slotted(*:last-child) {
    margin-right: 0;
  }
`});var ng,sie,QC=d(()=>{x();L();ZC();ng=class extends _i{connectedCallback(){super.connectedCallback(),this.view!=="mobile"&&this.$fastController.addStyles(GC)}},sie=ng.compose({baseName:"horizontal-scroll",baseClass:_i,template:Yx,styles:WC,nextFlipper:C`
    <fluent-flipper @click="${i=>i.scrollToNext()}" aria-hidden="${i=>i.flippersHiddenFromAT}"></fluent-flipper>
  `,previousFlipper:C`
    <fluent-flipper
      @click="${i=>i.scrollToPrevious()}"
      direction="previous"
      aria-hidden="${i=>i.flippersHiddenFromAT}"
    ></fluent-flipper>
  `})});var XC,YC=d(()=>{x();L();te();Tt();XC=(i,e)=>w`
    ${H("inline-flex")} :host {
      border: calc(${A} * 1px) solid ${Ir};
      border-radius: calc(${re} * 1px);
      box-sizing: border-box;
      flex-direction: column;
      padding: calc(${F} * 1px) 0;
    }

    ::slotted(${i.tagFor(di)}) {
      margin: 0 calc(${F} * 1px);
    }

    :host(:focus-within:not([disabled])) {
      ${Ke}
    }
  `});var ag,fie,JC=d(()=>{L();YC();ag=class extends ot{},fie=ag.compose({baseName:"listbox",template:sx,styles:XC})});var KC,e3=d(()=>{x();L();N();ws();te();Je();Tt();Zm();KC=(i,e)=>w`
    ${H("inline-flex")} :host {
      position: relative;
      ${ne}
      background: ${Uo};
      border-radius: calc(${re} * 1px);
      border: calc(${A} * 1px) solid transparent;
      box-sizing: border-box;
      color: ${ee};
      cursor: pointer;
      fill: currentcolor;
      height: calc(${Q} * 1px);
      overflow: hidden;
      align-items: center;
      padding: 0 calc(((${F} * 3) - ${A} - 1) * 1px);
      user-select: none;
      white-space: nowrap;
    }

    :host::before {
      content: '';
      display: block;
      position: absolute;
      left: calc((${Ye} - ${A}) * 1px);
      top: calc((${Q} / 4) - ${Ye} * 1px);
      width: 3px;
      height: calc((${Q} / 2) * 1px);
      background: transparent;
      border-radius: calc(${re} * 1px);
    }

    :host(:not([disabled]):hover) {
      background: ${mo};
    }

    :host(:not([disabled]):active) {
      background: ${go};
    }

    :host(:not([disabled]):active)::before {
      background: ${me};
      height: calc(((${Q} / 2) - 6) * 1px);
    }

    :host([aria-selected='true'])::before {
      background: ${me};
    }

    :host(:${q}) {
      ${Ke}
      background: ${A2};
    }

    :host([aria-selected='true']) {
      background: ${Ei};
    }

    :host(:not([disabled])[aria-selected='true']:hover) {
      background: ${$n};
    }

    :host(:not([disabled])[aria-selected='true']:active) {
      background: ${D2};
    }

    :host(:not([disabled]):not([aria-selected='true']):hover) {
      background: ${mo};
    }

    :host(:not([disabled]):not([aria-selected='true']):active) {
      background: ${go};
    }

    :host([disabled]) {
      cursor: ${Xe};
      opacity: ${Me};
    }

    .content {
      grid-column-start: 2;
      justify-self: start;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    .start,
    .end,
    ::slotted(svg) {
      display: flex;
    }

    ::slotted([slot='end']) {
      margin-inline-start: 1ch;
    }

    ::slotted([slot='start']) {
      margin-inline-end: 1ch;
    }
  `.withBehaviors(new Pi(null,w`
      :host::before {
        right: calc((${Ye} - ${A}) * 1px);
      }
    `),B(w`
        :host {
          background: ${m.ButtonFace};
          border-color: ${m.ButtonFace};
          color: ${m.ButtonText};
        }
        :host(:not([disabled]):not([aria-selected="true"]):hover),
        :host(:not([disabled])[aria-selected="true"]:hover),
        :host([aria-selected="true"]) {
          forced-color-adjust: none;
          background: ${m.Highlight};
          color: ${m.HighlightText};
        }
        :host(:not([disabled]):active)::before,
        :host([aria-selected='true'])::before {
          background: ${m.HighlightText};
        }
        :host([disabled]),
        :host([disabled]:not([aria-selected='true']):hover) {
          background: ${m.Canvas};
          color: ${m.GrayText};
          fill: currentcolor;
          opacity: 1;
        }
        :host(:${q}) {
          outline-color: ${m.CanvasText};
        }
      `))});var Rie,t3=d(()=>{L();e3();Rie=di.compose({baseName:"option",template:ix,styles:KC})});var i3,o3=d(()=>{x();L();N();He();te();i3=(i,e)=>w`
    ${H("block")} :host {
      background: ${uo};
      border: calc(${A} * 1px) solid transparent;
      border-radius: calc(${ri} * 1px);
      box-shadow: ${bh};
      padding: calc((${F} - ${A}) * 1px) 0;
      max-width: 368px;
      min-width: 64px;
    }

    :host([slot='submenu']) {
      width: max-content;
      margin: 0 calc(${F} * 2px);
    }

    ::slotted(${i.tagFor(_t)}) {
      margin: 0 calc(${F} * 1px);
    }

    ::slotted(${i.tagFor(br)}) {
      margin: calc(${F} * 1px) 0;
    }

    ::slotted(hr) {
      box-sizing: content-box;
      height: 0;
      margin: calc(${F} * 1px) 0;
      border: none;
      border-top: calc(${A} * 1px) solid ${xs};
    }
  `.withBehaviors(B(w`
        :host([slot='submenu']) {
          background: ${m.Canvas};
          border-color: ${m.CanvasText};
        }
      `))});var lg,Hie,r3=d(()=>{L();te();o3();lg=class extends ds{connectedCallback(){super.connectedCallback(),J.setValueFor(this,uo)}},Hie=lg.compose({baseName:"menu",baseClass:ds,template:wx,styles:i3})});var s3,n3=d(()=>{x();L();N();He();te();Je();Tt();s3=(i,e)=>w`
    ${H("grid")} :host {
      contain: layout;
      overflow: visible;
      ${ne}
      box-sizing: border-box;
      height: calc(${Q} * 1px);
      grid-template-columns: minmax(32px, auto) 1fr minmax(32px, auto);
      grid-template-rows: auto;
      justify-items: center;
      align-items: center;
      padding: 0;
      white-space: nowrap;
      color: ${ee};
      fill: currentcolor;
      cursor: pointer;
      border-radius: calc(${re} * 1px);
      border: calc(${A} * 1px) solid transparent;
      position: relative;
    }

    :host(.indent-0) {
      grid-template-columns: auto 1fr minmax(32px, auto);
    }

    :host(.indent-0) .content {
      grid-column: 1;
      grid-row: 1;
      margin-inline-start: 10px;
    }

    :host(.indent-0) .expand-collapse-glyph-container {
      grid-column: 5;
      grid-row: 1;
    }

    :host(.indent-2) {
      grid-template-columns: minmax(32px, auto) minmax(32px, auto) 1fr minmax(32px, auto) minmax(32px, auto);
    }

    :host(.indent-2) .content {
      grid-column: 3;
      grid-row: 1;
      margin-inline-start: 10px;
    }

    :host(.indent-2) .expand-collapse-glyph-container {
      grid-column: 5;
      grid-row: 1;
    }

    :host(.indent-2) .start {
      grid-column: 2;
    }

    :host(.indent-2) .end {
      grid-column: 4;
    }

    :host(:${q}) {
      ${Ke}
    }

    :host(:not([disabled]):hover) {
      background: ${mo};
    }

    :host(:not([disabled]):active),
    :host(.expanded) {
      background: ${go};
      color: ${ee};
      z-index: 2;
    }

    :host([disabled]) {
      cursor: ${Xe};
      opacity: ${Me};
    }

    .content {
      grid-column-start: 2;
      justify-self: start;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    .start,
    .end {
      display: flex;
      justify-content: center;
    }

    :host(.indent-0[aria-haspopup='menu']) {
      display: grid;
      grid-template-columns: minmax(32px, auto) auto 1fr minmax(32px, auto) minmax(32px, auto);
      align-items: center;
      min-height: 32px;
    }

    :host(.indent-1[aria-haspopup='menu']),
    :host(.indent-1[role='menuitemcheckbox']),
    :host(.indent-1[role='menuitemradio']) {
      display: grid;
      grid-template-columns: minmax(32px, auto) auto 1fr minmax(32px, auto) minmax(32px, auto);
      align-items: center;
      min-height: 32px;
    }

    :host(.indent-2:not([aria-haspopup='menu'])) .end {
      grid-column: 5;
    }

    :host .input-container,
    :host .expand-collapse-glyph-container {
      display: none;
    }

    :host([aria-haspopup='menu']) .expand-collapse-glyph-container,
    :host([role='menuitemcheckbox']) .input-container,
    :host([role='menuitemradio']) .input-container {
      display: grid;
    }

    :host([aria-haspopup='menu']) .content,
    :host([role='menuitemcheckbox']) .content,
    :host([role='menuitemradio']) .content {
      grid-column-start: 3;
    }

    :host([aria-haspopup='menu'].indent-0) .content {
      grid-column-start: 1;
    }

    :host([aria-haspopup='menu']) .end,
    :host([role='menuitemcheckbox']) .end,
    :host([role='menuitemradio']) .end {
      grid-column-start: 4;
    }

    :host .expand-collapse,
    :host .checkbox,
    :host .radio {
      display: flex;
      align-items: center;
      justify-content: center;
      position: relative;
      box-sizing: border-box;
    }

    :host .checkbox-indicator,
    :host .radio-indicator,
    slot[name='checkbox-indicator'],
    slot[name='radio-indicator'] {
      display: none;
    }

    ::slotted([slot='end']:not(svg)) {
      margin-inline-end: 10px;
      color: ${Tr};
    }

    :host([aria-checked='true']) .checkbox-indicator,
    :host([aria-checked='true']) slot[name='checkbox-indicator'],
    :host([aria-checked='true']) .radio-indicator,
    :host([aria-checked='true']) slot[name='radio-indicator'] {
      display: flex;
    }
  `.withBehaviors(B(w`
        :host,
        ::slotted([slot='end']:not(svg)) {
          forced-color-adjust: none;
          color: ${m.ButtonText};
          fill: currentcolor;
        }
        :host(:not([disabled]):hover) {
          background: ${m.Highlight};
          color: ${m.HighlightText};
          fill: currentcolor;
        }
        :host(:hover) .start,
        :host(:hover) .end,
        :host(:hover)::slotted(svg),
        :host(:active) .start,
        :host(:active) .end,
        :host(:active)::slotted(svg),
        :host(:hover) ::slotted([slot='end']:not(svg)),
        :host(:${q}) ::slotted([slot='end']:not(svg)) {
          color: ${m.HighlightText};
          fill: currentcolor;
        }
        :host(.expanded) {
          background: ${m.Highlight};
          color: ${m.HighlightText};
        }
        :host(:${q}) {
          background: ${m.Highlight};
          outline-color: ${m.ButtonText};
          color: ${m.HighlightText};
          fill: currentcolor;
        }
        :host([disabled]),
        :host([disabled]:hover),
        :host([disabled]:hover) .start,
        :host([disabled]:hover) .end,
        :host([disabled]:hover)::slotted(svg),
        :host([disabled]:${q}) {
          background: ${m.ButtonFace};
          color: ${m.GrayText};
          fill: currentcolor;
          opacity: 1;
        }
        :host([disabled]:${q}) {
          outline-color: ${m.GrayText};
        }
        :host .expanded-toggle,
        :host .checkbox,
        :host .radio {
          border-color: ${m.ButtonText};
          background: ${m.HighlightText};
        }
        :host([checked]) .checkbox,
        :host([checked]) .radio {
          background: ${m.HighlightText};
          border-color: ${m.HighlightText};
        }
        :host(:hover) .expanded-toggle,
            :host(:hover) .checkbox,
            :host(:hover) .radio,
            :host(:${q}) .expanded-toggle,
            :host(:${q}) .checkbox,
            :host(:${q}) .radio,
            :host([checked]:hover) .checkbox,
            :host([checked]:hover) .radio,
            :host([checked]:${q}) .checkbox,
            :host([checked]:${q}) .radio {
          border-color: ${m.HighlightText};
        }
        :host([aria-checked='true']) {
          background: ${m.Highlight};
          color: ${m.HighlightText};
        }
        :host([aria-checked='true']) .checkbox-indicator,
        :host([aria-checked='true']) ::slotted([slot='checkbox-indicator']),
        :host([aria-checked='true']) ::slotted([slot='radio-indicator']) {
          fill: ${m.Highlight};
        }
        :host([aria-checked='true']) .radio-indicator {
          background: ${m.Highlight};
        }
      `),new Pi(w`
        .expand-collapse-glyph-container {
          transform: rotate(0deg);
        }
      `,w`
        .expand-collapse-glyph-container {
          transform: rotate(180deg);
        }
      `))});var Xie,a3=d(()=>{L();n3();Xie=_t.compose({baseName:"menu-item",template:yx,styles:s3,checkboxIndicator:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <path d="M13.86 3.66a.5.5 0 01-.02.7l-7.93 7.48a.6.6 0 01-.84-.02L2.4 9.1a.5.5 0 01.72-.7l2.4 2.44 7.65-7.2a.5.5 0 01.7.02z"/>
    </svg>
  `,expandCollapseGlyph:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <path d="M5.65 3.15a.5.5 0 000 .7L9.79 8l-4.14 4.15a.5.5 0 00.7.7l4.5-4.5a.5.5 0 000-.7l-4.5-4.5a.5.5 0 00-.7 0z"/>
    </svg>
  `,radioIndicator:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <circle cx="8" cy="8" r="2"/>
    </svg>
  `})});var el,l3,c3=d(()=>{x();L();He();qo();te();el=".root",l3=(i,e)=>w`
    ${H("inline-block")}

    ${Lr(i,e,el)}

    ${bo(i,e,el)}

    .root {
      display: flex;
      flex-direction: row;
    }

    .control {
      -webkit-appearance: none;
      color: inherit;
      background: transparent;
      border: 0;
      height: calc(100% - 4px);
      margin-top: auto;
      margin-bottom: auto;
      padding: 0 calc(${F} * 2px + 1px);
      font-family: inherit;
      font-size: inherit;
      line-height: inherit;
    }

    .start,
    .end {
      margin: auto;
      fill: currentcolor;
    }

    .start {
      display: flex;
      margin-inline-start: 11px;
    }

    .end {
      display: flex;
      margin-inline-end: 11px;
    }

    .controls {
      opacity: 0;
      position: relative;
      top: -1px;
      z-index: 3;
    }

    :host(:hover:not([disabled])) .controls,
    :host(:focus-within:not([disabled])) .controls {
      opacity: 1;
    }

    .step-up,
    .step-down {
      display: flex;
      padding: 0 8px;
      cursor: pointer;
    }

    .step-up {
      padding-top: 3px;
    }
  `.withBehaviors(Ce("outline",yo(i,e,el)),Ce("filled",Oi(i,e,el)),B(Mi(i,e,el)))});var Th,loe,d3=d(()=>{Oe();x();L();c3();Th=class extends Rt{connectedCallback(){super.connectedCallback(),this.appearance||(this.appearance="outline")}};D([f],Th.prototype,"appearance",void 0);loe=Th.compose({baseName:"number-field",baseClass:Rt,styles:l3,template:kx,shadowOptions:{delegatesFocus:!0},stepDownGlyph:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M2.15 4.65c.2-.2.5-.2.7 0L6 7.79l3.15-3.14a.5.5 0 11.7.7l-3.5 3.5a.5.5 0 01-.7 0l-3.5-3.5a.5.5 0 010-.7z"/>
    </svg>
  `,stepUpGlyph:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M2.15 7.35c.2.2.5.2.7 0L6 4.21l3.15 3.14a.5.5 0 10.7-.7l-3.5-3.5a.5.5 0 00-.7 0l-3.5 3.5a.5.5 0 000 .7z"/>
    </svg>
`})});var h3,u3=d(()=>{x();N();L();te();h3=(i,e)=>w`
    ${H("flex")} :host {
      align-items: center;
      height: calc((${A} * 3) * 1px);
    }

    .progress {
      background-color: ${Ai};
      border-radius: calc(${F} * 1px);
      width: 100%;
      height: calc(${A} * 1px);
      display: flex;
      align-items: center;
      position: relative;
    }

    .determinate {
      background-color: ${me};
      border-radius: calc(${F} * 1px);
      height: calc((${A} * 3) * 1px);
      transition: all 0.2s ease-in-out;
      display: flex;
    }

    .indeterminate {
      height: calc((${A} * 3) * 1px);
      border-radius: calc(${F} * 1px);
      display: flex;
      width: 100%;
      position: relative;
      overflow: hidden;
    }

    .indeterminate-indicator-1 {
      position: absolute;
      opacity: 0;
      height: 100%;
      background-color: ${me};
      border-radius: calc(${F} * 1px);
      animation-timing-function: cubic-bezier(0.4, 0, 0.6, 1);
      width: 40%;
      animation: indeterminate-1 2s infinite;
    }

    .indeterminate-indicator-2 {
      position: absolute;
      opacity: 0;
      height: 100%;
      background-color: ${me};
      border-radius: calc(${F} * 1px);
      animation-timing-function: cubic-bezier(0.4, 0, 0.6, 1);
      width: 60%;
      animation: indeterminate-2 2s infinite;
    }

    :host(.paused) .indeterminate-indicator-1,
    :host(.paused) .indeterminate-indicator-2 {
      animation: none;
      background-color: ${Tr};
      width: 100%;
      opacity: 1;
    }

    :host(.paused) .determinate {
      background-color: ${Tr};
    }

    @keyframes indeterminate-1 {
      0% {
        opacity: 1;
        transform: translateX(-100%);
      }
      70% {
        opacity: 1;
        transform: translateX(300%);
      }
      70.01% {
        opacity: 0;
      }
      100% {
        opacity: 0;
        transform: translateX(300%);
      }
    }

    @keyframes indeterminate-2 {
      0% {
        opacity: 0;
        transform: translateX(-150%);
      }
      29.99% {
        opacity: 0;
      }
      30% {
        opacity: 1;
        transform: translateX(-150%);
      }
      100% {
        transform: translateX(166.66%);
        opacity: 1;
      }
    }
  `.withBehaviors(B(w`
        .indeterminate-indicator-1,
        .indeterminate-indicator-2,
        .determinate,
        .progress {
          background-color: ${m.ButtonText};
        }
        :host(.paused) .indeterminate-indicator-1,
        :host(.paused) .indeterminate-indicator-2,
        :host(.paused) .determinate {
          background-color: ${m.GrayText};
        }
      `))});var cg,dg,p3=d(()=>{L();u3();cg=class extends Qi{},dg=cg.compose({baseName:"progress",template:Hx,styles:h3,indeterminateIndicator1:`
    <span class="indeterminate-indicator-1" part="indeterminate-indicator-1"></span>
  `,indeterminateIndicator2:`
    <span class="indeterminate-indicator-2" part="indeterminate-indicator-2"></span>
  `})});var f3,m3=d(()=>{x();N();L();He();te();f3=(i,e)=>w`
    ${H("flex")} :host {
      align-items: center;
      height: calc(${Q} * 1px);
      width: calc(${Q} * 1px);
    }

    .progress {
      height: 100%;
      width: 100%;
    }

    .background {
      fill: none;
      stroke-width: 2px;
    }

    .determinate {
      stroke: ${me};
      fill: none;
      stroke-width: 2px;
      stroke-linecap: round;
      transform-origin: 50% 50%;
      transform: rotate(-90deg);
      transition: all 0.2s ease-in-out;
    }

    .indeterminate-indicator-1 {
      stroke: ${me};
      fill: none;
      stroke-width: 2px;
      stroke-linecap: round;
      transform-origin: 50% 50%;
      transform: rotate(-90deg);
      transition: all 0.2s ease-in-out;
      animation: spin-infinite 2s linear infinite;
    }

    :host(.paused) .indeterminate-indicator-1 {
      animation: none;
      stroke: ${Tr};
    }

    :host(.paused) .determinate {
      stroke: ${Tr};
    }

    @keyframes spin-infinite {
      0% {
        stroke-dasharray: 0.01px 43.97px;
        transform: rotate(0deg);
      }
      50% {
        stroke-dasharray: 21.99px 21.99px;
        transform: rotate(450deg);
      }
      100% {
        stroke-dasharray: 0.01px 43.97px;
        transform: rotate(1080deg);
      }
    }
  `.withBehaviors(B(w`
        .background {
          stroke: ${m.Field};
        }
        .determinate,
        .indeterminate-indicator-1 {
          stroke: ${m.ButtonText};
        }
        :host(.paused) .determinate,
        :host(.paused) .indeterminate-indicator-1 {
          stroke: ${m.GrayText};
        }
      `))});var hg,ug,g3=d(()=>{L();m3();hg=class extends Qi{},ug=hg.compose({baseName:"progress-ring",template:Ax,styles:f3,indeterminateIndicator:`
    <svg class="progress" part="progress" viewBox="0 0 16 16">
        <circle
            class="background"
            part="background"
            cx="8px"
            cy="8px"
            r="7px"
        ></circle>
        <circle
            class="indeterminate-indicator-1"
            part="indeterminate-indicator-1"
            cx="8px"
            cy="8px"
            r="7px"
        ></circle>
    </svg>
  `})});var pg=d(()=>{p3();g3()});var v3,b3=d(()=>{x();N();L();He();te();Je();Tt();v3=(i,e)=>w`
    ${H("inline-flex")} :host {
      --input-size: calc((${Q} / 2) + ${F});
      align-items: center;
      outline: none;
      ${""} user-select: none;
      position: relative;
      flex-direction: row;
      transition: all 0.2s ease-in-out;
    }

    .control {
      position: relative;
      width: calc(var(--input-size) * 1px);
      height: calc(var(--input-size) * 1px);
      box-sizing: border-box;
      border-radius: 50%;
      border: calc(${A} * 1px) solid ${Ai};
      background: ${yn};
      cursor: pointer;
    }

    .label__hidden {
      display: none;
      visibility: hidden;
    }

    .label {
      ${ne}
      color: ${ee};
      ${""} padding-inline-start: calc(${F} * 2px + 2px);
      margin-inline-end: calc(${F} * 2px + 2px);
      cursor: pointer;
    }

    .control,
    slot[name='checked-indicator'] {
      flex-shrink: 0;
    }

    slot[name='checked-indicator'] {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 100%;
      height: 100%;
      fill: ${po};
      opacity: 0;
      pointer-events: none;
    }

    :host(:not(.disabled):hover) .control {
      background: ${xn};
      border-color: ${_n};
    }

    :host(:not(.disabled):active) .control {
      background: ${wn};
      border-color: ${Rn};
    }

    :host(:not(.disabled):active) slot[name='checked-indicator'] {
      opacity: 1;
    }

    :host(:${q}) .control {
      ${vo}
      background: ${Cn};
    }

    :host(.checked) .control {
      background: ${me};
      border-color: transparent;
    }

    :host(.checked:not(.disabled):hover) .control {
      background: ${Qt};
      border-color: transparent;
    }

    :host(.checked:not(.disabled):active) .control {
      background: ${Xt};
      border-color: transparent;
    }

    :host(.disabled) .label,
    :host(.readonly) .label,
    :host(.readonly) .control,
    :host(.disabled) .control {
      cursor: ${Xe};
    }

    :host(.checked) slot[name='checked-indicator'] {
      opacity: 1;
    }

    :host(.disabled) {
      opacity: ${Me};
    }
  `.withBehaviors(B(w`
        .control {
          background: ${m.Field};
          border-color: ${m.FieldText};
        }
        :host(:not(.disabled):hover) .control,
        :host(:not(.disabled):active) .control {
          border-color: ${m.Highlight};
        }
        :host(:${q}) .control {
          forced-color-adjust: none;
          background: ${m.Field};
          outline-color: ${m.FieldText};
        }
        :host(.checked:not(.disabled):hover) .control,
        :host(.checked:not(.disabled):active) .control {
          border-color: ${m.Highlight};
          background: ${m.Highlight};
        }
        :host(.checked) slot[name='checked-indicator'] {
          fill: ${m.Highlight};
        }
        :host(.checked:hover) .control slot[name='checked-indicator'] {
          fill: ${m.HighlightText};
        }
        :host(.disabled) {
          opacity: 1;
        }
        :host(.disabled) .label {
          color: ${m.GrayText};
        }
        :host(.disabled) .control,
        :host(.checked.disabled) .control {
          background: ${m.Field};
          border-color: ${m.GrayText};
        }
        :host(.disabled) slot[name='checked-indicator'],
        :host(.checked.disabled) slot[name='checked-indicator'] {
          fill: ${m.GrayText};
        }
      `))});var Boe,y3=d(()=>{L();b3();Boe=hs.compose({baseName:"radio",template:qx,styles:v3,checkedIndicator:`
    <svg width="16" height="16" xmlns="http://www.w3.org/2000/svg">
      <circle cx="8" cy="8" r="4"/>
    </svg>
  `})});var x3,w3=d(()=>{x();L();x3=(i,e)=>w`
  ${H("flex")} :host {
    align-items: flex-start;
    flex-direction: column;
  }

  .positioning-region {
    display: flex;
    flex-wrap: wrap;
  }

  :host([orientation='vertical']) .positioning-region {
    flex-direction: column;
  }

  :host([orientation='horizontal']) .positioning-region {
    flex-direction: row;
  }
`});var Woe,C3=d(()=>{L();w3();Woe=Xi.compose({baseName:"radio-group",template:zx,styles:x3})});var $3,fg=d(()=>{x();L();$3=(i,e)=>C`
  <template
    class="
            ${t=>t.readOnly?"readonly":""}
        "
  >
    <label
      part="label"
      for="control"
      class="${t=>t.defaultSlottedNodes&&t.defaultSlottedNodes.length?"label":"label label__hidden"}"
    >
      <slot ${ie({property:"defaultSlottedNodes",filter:ld})}></slot>
    </label>
    <div class="root" part="root" ${X("root")}>
      ${Re(i,e)}
      <div class="input-wrapper" part="input-wrapper">
        <input
          class="control"
          part="control"
          id="control"
          @input="${t=>t.handleTextInput()}"
          @change="${t=>t.handleChange()}"
          ?autofocus="${t=>t.autofocus}"
          ?disabled="${t=>t.disabled}"
          list="${t=>t.list}"
          maxlength="${t=>t.maxlength}"
          minlength="${t=>t.minlength}"
          pattern="${t=>t.pattern}"
          placeholder="${t=>t.placeholder}"
          ?readonly="${t=>t.readOnly}"
          ?required="${t=>t.required}"
          size="${t=>t.size}"
          ?spellcheck="${t=>t.spellcheck}"
          :value="${t=>t.value}"
          type="search"
          aria-atomic="${t=>t.ariaAtomic}"
          aria-busy="${t=>t.ariaBusy}"
          aria-controls="${t=>t.ariaControls}"
          aria-current="${t=>t.ariaCurrent}"
          aria-describedby="${t=>t.ariaDescribedby}"
          aria-details="${t=>t.ariaDetails}"
          aria-disabled="${t=>t.ariaDisabled}"
          aria-errormessage="${t=>t.ariaErrormessage}"
          aria-flowto="${t=>t.ariaFlowto}"
          aria-haspopup="${t=>t.ariaHaspopup}"
          aria-hidden="${t=>t.ariaHidden}"
          aria-invalid="${t=>t.ariaInvalid}"
          aria-keyshortcuts="${t=>t.ariaKeyshortcuts}"
          aria-label="${t=>t.ariaLabel}"
          aria-labelledby="${t=>t.ariaLabelledby}"
          aria-live="${t=>t.ariaLive}"
          aria-owns="${t=>t.ariaOwns}"
          aria-relevant="${t=>t.ariaRelevant}"
          aria-roledescription="${t=>t.ariaRoledescription}"
          ${X("control")}
        />
        <slot name="clear-button">
          <button
            class="clear-button ${t=>t.value?"":"clear-button__hidden"}"
            part="clear-button"
            tabindex="-1"
            @click=${t=>t.handleClearInput()}
          >
            <slot name="clear-glyph">
              <svg width="12" height="12" viewBox="0 0 12 12" xmlns="http://www.w3.org/2000/svg">
                <path
                  d="m2.09 2.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L6 5.29l3.15-3.14a.5.5 0 1 1 .7.7L6.71 6l3.14 3.15c.18.17.2.44.06.63l-.06.07a.5.5 0 0 1-.63.06l-.07-.06L6 6.71 2.85 9.85a.5.5 0 0 1-.7-.7L5.29 6 2.15 2.85a.5.5 0 0 1-.06-.63l.06-.07-.06.07Z"
                />
              </svg>
            </slot>
          </button>
        </slot>
      </div>
      ${_e(i,e)}
    </div>
  </template>
`});var tl,q9,G9,S3,k3=d(()=>{x();L();He();qo();te();Je();tl=".root",q9=fe.create("clear-button-hover").withDefault(i=>{let e=pi.getValueFor(i),t=fo.getValueFor(i);return e.evaluate(i,t.evaluate(i).focus).hover}),G9=fe.create("clear-button-active").withDefault(i=>{let e=pi.getValueFor(i),t=fo.getValueFor(i);return e.evaluate(i,t.evaluate(i).focus).active}),S3=(i,e)=>w`
    ${H("inline-block")}

    ${Lr(i,e,tl)}

    ${bo(i,e,tl)}

    .root {
      display: flex;
      flex-direction: row;
    }
    .control {
      -webkit-appearance: none;
      color: inherit;
      background: transparent;
      border: 0;
      height: calc(100% - 4px);
      margin-top: auto;
      margin-bottom: auto;
      padding: 0 calc(${F} * 2px + 1px);
      font-family: inherit;
      font-size: inherit;
      line-height: inherit;
    }
    .clear-button {
      display: inline-flex;
      align-items: center;
      margin: 1px;
      height: calc(100% - 2px);
      opacity: 0;
      background: transparent;
      color: ${ee};
      fill: currentcolor;
      border: none;
      border-radius: calc(${re} * 1px);
      min-width: calc(${Q} * 1px);
      ${ne}
      outline: none;
      padding: 0 calc((10 + (${F} * 2 * ${ui})) * 1px);
    }
    .clear-button:hover {
      background: ${q9};
    }
    .clear-button:active {
      background: ${G9};
    }
    :host(:hover:not([disabled], [readOnly])) .clear-button,
    :host(:active:not([disabled], [readOnly])) .clear-button,
    :host(:focus-within:not([disabled], [readOnly])) .clear-button {
        opacity: 1;
    }
    :host(:hover:not([disabled], [readOnly])) .clear-button__hidden,
    :host(:active:not([disabled], [readOnly])) .clear-button__hidden,
    :host(:focus-within:not([disabled], [readOnly])) .clear-button__hidden {
        opacity: 0;
    }
    .control::-webkit-search-cancel-button {
      -webkit-appearance: none;
    }
    .input-wrapper {
      display: flex;
      position: relative;
      width: 100%;
    }
    .start,
    .end {
      display: flex;
      margin: 1px;
      align-items: center;
    }
    .start {
      display: flex;
      margin-inline-start: 11px;
    }
    ::slotted([slot="end"]) {
      height: 100%
    }
    .clear-button__hidden {
      opacity: 0;
    }
    .end {
        margin-inline-end: 11px;
    }
    ::slotted(${i.tagFor(Pt)}) {
      margin-inline-end: 1px;
    }
  `.withBehaviors(Ce("outline",yo(i,e,tl)),Ce("filled",Oi(i,e,tl)),B(Mi(i,e,tl)))});var Ih,dre,_3=d(()=>{Oe();x();L();fg();k3();fg();Ih=class extends qt{constructor(){super(...arguments),this.appearance="outline"}};D([f],Ih.prototype,"appearance",void 0);dre=Ih.compose({baseName:"search",baseClass:qt,template:$3,styles:S3,start:'<svg width="20" height="20" xmlns="http://www.w3.org/2000/svg%22%3E"><path d="M8.5 3a5.5 5.5 0 0 1 4.23 9.02l4.12 4.13a.5.5 0 0 1-.63.76l-.07-.06-4.13-4.12A5.5 5.5 0 1 1 8.5 3Zm0 1a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z"/></svg>',shadowOptions:{delegatesFocus:!0}})});var Lh,bre,R3=d(()=>{Oe();x();L();te();tg();Lh=class extends Ri{appearanceChanged(e,t){e!==t&&(this.classList.add(t),this.classList.remove(e))}connectedCallback(){super.connectedCallback(),this.appearance||(this.appearance="outline"),this.listbox&&J.setValueFor(this.listbox,uo)}};D([f({mode:"fromView"})],Lh.prototype,"appearance",void 0);bre=Lh.compose({baseName:"select",baseClass:Ri,template:n5,styles:kC,indicator:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M2.15 4.65c.2-.2.5-.2.7 0L6 7.79l3.15-3.14a.5.5 0 11.7.7l-3.5 3.5a.5.5 0 01-.7 0l-3.5-3.5a.5.5 0 010-.7z"/>
    </svg>
  `})});var F3,T3=d(()=>{x();L();N();te();F3=(i,e)=>w`
    ${H("block")} :host {
      --skeleton-fill-default: ${Ei};
      overflow: hidden;
      width: 100%;
      position: relative;
      background-color: var(--skeleton-fill, var(--skeleton-fill-default));
      --skeleton-animation-gradient-default: linear-gradient(
        270deg,
        var(--skeleton-fill, var(--skeleton-fill-default)) 0%,
        ${$n} 51%,
        var(--skeleton-fill, var(--skeleton-fill-default)) 100%
      );
      --skeleton-animation-timing-default: ease-in-out;
    }

    :host(.rect) {
      border-radius: calc(${re} * 1px);
    }

    :host(.circle) {
      border-radius: 100%;
      overflow: hidden;
    }

    object {
      position: absolute;
      width: 100%;
      height: auto;
      z-index: 2;
    }

    object img {
      width: 100%;
      height: auto;
    }

    ${H("block")} span.shimmer {
      position: absolute;
      width: 100%;
      height: 100%;
      background-image: var(--skeleton-animation-gradient, var(--skeleton-animation-gradient-default));
      background-size: 0px 0px / 90% 100%;
      background-repeat: no-repeat;
      background-color: var(--skeleton-animation-fill, ${Ei});
      animation: shimmer 2s infinite;
      animation-timing-function: var(--skeleton-animation-timing, var(--skeleton-timing-default));
      animation-direction: normal;
      z-index: 1;
    }

    ::slotted(svg) {
      z-index: 2;
    }

    ::slotted(.pattern) {
      width: 100%;
      height: 100%;
    }

    @keyframes shimmer {
      0% {
        transform: translateX(-100%);
      }
      100% {
        transform: translateX(100%);
      }
    }
  `.withBehaviors(B(w`
        :host{
          background-color: ${m.CanvasText};
        }
      `))});var mg,gg=d(()=>{L();T3();mg=xr.compose({baseName:"skeleton",template:c5,styles:F3})});var I3,L3=d(()=>{x();N();L();He();te();I3=(i,e)=>w`
    ${H("inline-grid")} :host {
      --thumb-size: calc((${Q} / 2) + ${F} + (${A} * 2));
      --thumb-translate: calc(var(--thumb-size) * -0.5 + var(--track-width) / 2);
      --track-overhang: calc((${F} / 2) * -1);
      --track-width: ${F};
      align-items: center;
      width: 100%;
      user-select: none;
      box-sizing: border-box;
      border-radius: calc(${re} * 1px);
      outline: none;
      cursor: pointer;
    }
    :host(.horizontal) .positioning-region {
      position: relative;
      margin: 0 8px;
      display: grid;
      grid-template-rows: calc(var(--thumb-size) * 1px) 1fr;
    }
    :host(.vertical) .positioning-region {
      position: relative;
      margin: 0 8px;
      display: grid;
      height: 100%;
      grid-template-columns: calc(var(--thumb-size) * 1px) 1fr;
    }
    :host(:${q}) .thumb-cursor {
      box-shadow: 0 0 0 2px ${J}, 0 0 0 4px ${Fn};
    }
    .thumb-container {
      position: absolute;
      height: calc(var(--thumb-size) * 1px);
      width: calc(var(--thumb-size) * 1px);
      transition: all 0.2s ease;
    }
    .thumb-cursor {
      display: flex;
      position: relative;
      border: none;
      width: calc(var(--thumb-size) * 1px);
      height: calc(var(--thumb-size) * 1px);
      background: padding-box linear-gradient(${si}, ${si}),
        border-box ${kn};
      border: calc(${A} * 1px) solid transparent;
      border-radius: 50%;
      box-sizing: border-box;
    }
    .thumb-cursor::after {
      content: '';
      display: block;
      border-radius: 50%;
      width: 100%;
      margin: 4px;
      background: ${me};
    }
    :host(:not(.disabled)) .thumb-cursor:hover::after {
      background: ${Qt};
      margin: 3px;
    }
    :host(:not(.disabled)) .thumb-cursor:active::after {
      background: ${Xt};
      margin: 5px;
    }
    :host(:not(.disabled)) .thumb-cursor:hover {
      background: padding-box linear-gradient(${si}, ${si}),
        border-box ${hh};
    }
    :host(:not(.disabled)) .thumb-cursor:active {
      background: padding-box linear-gradient(${si}, ${si}),
        border-box ${uh};
    }
    .track-start {
      background: ${me};
      position: absolute;
      height: 100%;
      left: 0;
      border-radius: calc(${re} * 1px);
    }
    :host(.horizontal) .thumb-container {
      transform: translateX(calc(var(--thumb-size) * 0.5px)) translateY(calc(var(--thumb-translate) * 1px));
    }
    :host(.vertical) .thumb-container {
      transform: translateX(calc(var(--thumb-translate) * 1px)) translateY(calc(var(--thumb-size) * 0.5px));
    }
    :host(.horizontal) {
      min-width: calc(var(--thumb-size) * 1px);
    }
    :host(.horizontal) .track {
      right: calc(var(--track-overhang) * 1px);
      left: calc(var(--track-overhang) * 1px);
      align-self: start;
      height: calc(var(--track-width) * 1px);
    }
    :host(.vertical) .track {
      top: calc(var(--track-overhang) * 1px);
      bottom: calc(var(--track-overhang) * 1px);
      width: calc(var(--track-width) * 1px);
      height: 100%;
    }
    .track {
      background: ${ah};
      border: 1px solid ${Ai};
      border-radius: 2px;
      box-sizing: border-box;
      position: absolute;
    }
    :host(.vertical) {
      height: 100%;
      min-height: calc(${F} * 60px);
      min-width: calc(${F} * 20px);
    }
    :host(.vertical) .track-start {
      height: auto;
      width: 100%;
      top: 0;
    }
    :host(.disabled),
    :host(.readonly) {
      cursor: ${Xe};
    }
    :host(.disabled) {
      opacity: ${Me};
    }
  `.withBehaviors(B(w`
        .thumb-cursor {
          forced-color-adjust: none;
          border-color: ${m.FieldText};
          background: ${m.FieldText};
        }
        :host(:not(.disabled)) .thumb-cursor:hover,
        :host(:not(.disabled)) .thumb-cursor:active {
          background: ${m.Highlight};
        }
        .track {
          forced-color-adjust: none;
          background: ${m.FieldText};
        }
        .thumb-cursor::after,
        :host(:not(.disabled)) .thumb-cursor:hover::after,
        :host(:not(.disabled)) .thumb-cursor:active::after {
          background: ${m.Field};
        }
        :host(:${q}) .thumb-cursor {
          background: ${m.Highlight};
          border-color: ${m.Highlight};
          box-shadow: 0 0 0 1px ${m.Field}, 0 0 0 3px ${m.FieldText};
        }
        :host(.disabled) {
          opacity: 1;
        }
        :host(.disabled) .track,
        :host(.disabled) .thumb-cursor {
          forced-color-adjust: none;
          background: ${m.GrayText};
        }
      `))});var Ore,D3=d(()=>{L();L3();Ore=bt.compose({baseName:"slider",template:v5,styles:I3,thumb:`
    <div class="thumb-cursor"></div>
  `})});var E3,A3=d(()=>{x();N();L();te();Je();E3=(i,e)=>w`
    ${H("block")} :host {
      ${vh}
    }
    .root {
      position: absolute;
      display: grid;
    }
    :host(.horizontal) {
      align-self: start;
      grid-row: 2;
      margin-top: -4px;
    }
    :host(.vertical) {
      justify-self: start;
      grid-column: 2;
      margin-left: 2px;
    }
    .container {
      display: grid;
      justify-self: center;
    }
    :host(.horizontal) .container {
      grid-template-rows: auto auto;
      grid-template-columns: 0;
    }
    :host(.vertical) .container {
      grid-template-columns: auto auto;
      grid-template-rows: 0;
      min-width: calc(var(--thumb-size) * 1px);
      height: calc(var(--thumb-size) * 1px);
    }
    .label {
      justify-self: center;
      align-self: center;
      white-space: nowrap;
      max-width: 30px;
      margin: 2px 0;
    }
    .mark {
      width: calc(${A} * 1px);
      height: calc(${F} * 1px);
      background: ${Ai};
      justify-self: center;
    }
    :host(.vertical) .mark {
      transform: rotate(90deg);
      align-self: center;
    }
    :host(.vertical) .label {
      margin-left: calc((${F} / 2) * 2px);
      align-self: center;
    }
    :host(.disabled) {
      opacity: ${Me};
    }
  `.withBehaviors(B(w`
        .mark {
          forced-color-adjust: none;
          background: ${m.FieldText};
        }
        :host(.disabled) {
          forced-color-adjust: none;
          opacity: 1;
        }
        :host(.disabled) .label {
          color: ${m.GrayText};
        }
        :host(.disabled) .mark {
          background: ${m.GrayText};
        }
      `))});var Gre,P3=d(()=>{L();A3();Gre=Fi.compose({baseName:"slider-label",template:p5,styles:E3})});var O3,M3=d(()=>{x();N();L();He();te();Je();Tt();O3=(i,e)=>w`
    :host([hidden]) {
      display: none;
    }

    ${H("inline-flex")} :host {
      align-items: center;
      outline: none;
      font-family: ${Zt};
      ${""} user-select: none;
    }

    :host(.disabled) {
      opacity: ${Me};
    }

    :host(.disabled) .label,
    :host(.readonly) .label,
    :host(.disabled) .switch,
    :host(.readonly) .switch,
    :host(.disabled) .status-message,
    :host(.readonly) .status-message {
      cursor: ${Xe};
    }

    .switch {
      position: relative;
      box-sizing: border-box;
      width: calc(((${Q} / 2) + ${F}) * 2px);
      height: calc(((${Q} / 2) + ${F}) * 1px);
      background: ${yn};
      border-radius: calc(${Q} * 1px);
      border: calc(${A} * 1px) solid ${Ai};
      cursor: pointer;
    }

    :host(:not(.disabled):hover) .switch {
      background: ${xn};
      border-color: ${_n};
    }

    :host(:not(.disabled):active) .switch {
      background: ${wn};
      border-color: ${Rn};
    }

    :host(:${q}) .switch {
      ${vo}
      background: ${Cn};
    }

    :host(.checked) .switch {
      background: ${me};
      border-color: transparent;
    }

    :host(.checked:not(.disabled):hover) .switch {
      background: ${Qt};
      border-color: transparent;
    }

    :host(.checked:not(.disabled):active) .switch {
      background: ${Xt};
      border-color: transparent;
    }

    slot[name='switch'] {
      position: absolute;
      display: flex;
      border: 1px solid transparent; /* Spacing included in the transform reference box */
      fill: ${ee};
      transition: all 0.2s ease-in-out;
    }

    .status-message {
      color: ${ee};
      cursor: pointer;
      ${ne}
    }

    .label__hidden {
      display: none;
      visibility: hidden;
    }

    .label {
      color: ${ee};
      ${ne}
      margin-inline-end: calc(${F} * 2px + 2px);
      cursor: pointer;
    }

    ::slotted([slot="checked-message"]),
    ::slotted([slot="unchecked-message"]) {
        margin-inline-start: calc(${F} * 2px + 2px);
    }

    :host(.checked) .switch {
      background: ${me};
    }

    :host(.checked) .switch slot[name='switch'] {
      fill: ${po};
      filter: drop-shadow(0px 1px 1px rgba(0, 0, 0, 0.15));
    }

    :host(.checked:not(.disabled)) .switch:hover {
      background: ${Qt};
    }

    :host(.checked:not(.disabled)) .switch:hover slot[name='switch'] {
      fill: ${eh};
    }

    :host(.checked:not(.disabled)) .switch:active {
      background: ${Xt};
    }

    :host(.checked:not(.disabled)) .switch:active slot[name='switch'] {
      fill: ${th};
    }

    .unchecked-message {
      display: block;
    }

    .checked-message {
      display: none;
    }

    :host(.checked) .unchecked-message {
      display: none;
    }

    :host(.checked) .checked-message {
      display: block;
    }
  `.withBehaviors(new Pi(w`
        slot[name='switch'] {
          left: 0;
        }

        :host(.checked) slot[name='switch'] {
          left: 100%;
          transform: translateX(-100%);
        }
      `,w`
        slot[name='switch'] {
          right: 0;
        }

        :host(.checked) slot[name='switch'] {
          right: 100%;
          transform: translateX(100%);
        }
      `),B(w`
        :host(:not(.disabled)) .switch slot[name='switch'] {
          forced-color-adjust: none;
          fill: ${m.FieldText};
        }
        .switch {
          background: ${m.Field};
          border-color: ${m.FieldText};
        }
        :host(.checked) .switch {
          background: ${m.Highlight};
          border-color: ${m.Highlight};
        }
        :host(:not(.disabled):hover) .switch ,
        :host(:not(.disabled):active) .switch,
        :host(.checked:not(.disabled):hover) .switch {
          background: ${m.HighlightText};
          border-color: ${m.Highlight};
        }
        :host(.checked:not(.disabled)) .switch slot[name="switch"] {
          fill: ${m.HighlightText};
        }
        :host(.checked:not(.disabled):hover) .switch slot[name='switch'] {
          fill: ${m.Highlight};
        }
        :host(:${q}) .switch {
          forced-color-adjust: none;
          background: ${m.Field}; 
          border-color: ${m.Highlight};
          outline-color: ${m.FieldText};
        }
        :host(.disabled) {
          opacity: 1;
        }
        :host(.disabled) slot[name='switch'] {
          forced-color-adjust: none;
          fill: ${m.GrayText};
        }
        :host(.disabled) .switch {
          background: ${m.Field};
          border-color: ${m.GrayText};
        }
        .status-message,
        .label {
          color: ${m.FieldText};
        }
      `))});var rse,H3=d(()=>{L();M3();rse=ln.compose({baseName:"switch",template:C5,styles:O3,switch:`
    <svg width="16" height="16" viewBox="0 0 16 16" xmlns="http://www.w3.org/2000/svg">
      <rect x="2" y="2" width="12" height="12" rx="6"/>
    </svg>
  `})});var V3,B3=d(()=>{x();N();L();te();He();Je();V3=(i,e)=>w`
      ${H("grid")} :host {
        box-sizing: border-box;
        ${ne}
        color: ${ee};
        grid-template-columns: auto 1fr auto;
        grid-template-rows: auto 1fr;
      }

      .tablist {
        display: grid;
        grid-template-rows: calc(${Q} * 1px); auto;
        grid-template-columns: auto;
        position: relative;
        width: max-content;
        align-self: end;
      }

      .start,
      .end {
        align-self: center;
      }

      .activeIndicator {
        grid-row: 2;
        grid-column: 1;
        width: 20px;
        height: 3px;
        border-radius: calc(${re} * 1px);
        justify-self: center;
        background: ${me};
      }

      .activeIndicatorTransition {
        transition: transform 0.2s ease-in-out;
      }

      .tabpanel {
        grid-row: 2;
        grid-column-start: 1;
        grid-column-end: 4;
        position: relative;
      }

      :host(.vertical) {
        grid-template-rows: auto 1fr auto;
        grid-template-columns: auto 1fr;
      }

      :host(.vertical) .tablist {
        grid-row-start: 2;
        grid-row-end: 2;
        display: grid;
        grid-template-rows: auto;
        grid-template-columns: auto 1fr;
        position: relative;
        width: max-content;
        justify-self: end;
        align-self: flex-start;
        width: 100%;
      }

      :host(.vertical) .tabpanel {
        grid-column: 2;
        grid-row-start: 1;
        grid-row-end: 4;
      }

      :host(.vertical) .end {
        grid-row: 3;
      }

      :host(.vertical) .activeIndicator {
        grid-column: 1;
        grid-row: 1;
        width: 3px;
        height: 20px;
        margin-inline-start: calc(${Ye} * 1px);
        border-radius: calc(${re} * 1px);
        align-self: center;
        background: ${me};
      }

      :host(.vertical) .activeIndicatorTransition {
        transition: transform 0.2s linear;
      }
    `.withBehaviors(B(w`
        .activeIndicator,
        :host(.vertical) .activeIndicator {
          background: ${m.Highlight};
        }
      `))});var z3,N3=d(()=>{x();N();L();He();te();Je();Tt();z3=(i,e)=>w`
      ${H("inline-flex")} :host {
        box-sizing: border-box;
        ${ne}
        height: calc((${Q} + (${F} * 2)) * 1px);
        padding: 0 calc((6 + (${F} * 2 * ${ui})) * 1px);
        color: ${ee};
        border-radius: calc(${re} * 1px);
        border: calc(${A} * 1px) solid transparent;
        align-items: center;
        justify-content: center;
        grid-row: 1 / 3;
        cursor: pointer;
      }

      :host([aria-selected='true']) {
        z-index: 2;
      }

      :host(:hover),
      :host(:active) {
        color: ${ee};
      }

      :host(:${q}) {
        ${Ke}
      }

      :host(.vertical) {
        justify-content: start;
        grid-column: 1 / 3;
      }

      :host(.vertical[aria-selected='true']) {
        z-index: 2;
      }

      :host(.vertical:hover),
      :host(.vertical:active) {
        color: ${ee};
      }

      :host(.vertical:hover[aria-selected='true']) {
      }
    `.withBehaviors(B(w`
          :host {
            forced-color-adjust: none;
            border-color: transparent;
            color: ${m.ButtonText};
            fill: currentcolor;
          }
          :host(:hover),
          :host(.vertical:hover),
          :host([aria-selected='true']:hover) {
            background: transparent;
            color: ${m.Highlight};
            fill: currentcolor;
          }
          :host([aria-selected='true']) {
            background: transparent;
            color: ${m.Highlight};
            fill: currentcolor;
          }
          :host(:${q}) {
            background: transparent;
            outline-color: ${m.ButtonText};
          }
        `))});var vg,U3=d(()=>{L();N3();vg=Ea.compose({baseName:"tab",template:L5,styles:z3})});var j3,q3=d(()=>{x();L();te();Je();j3=(i,e)=>w`
  ${H("block")} :host {
    box-sizing: border-box;
    ${ne}
    padding: 0 calc((6 + (${F} * 2 * ${ui})) * 1px);
  }
`});var bg,G3=d(()=>{L();q3();bg=md.compose({baseName:"tab-panel",template:R5,styles:j3})});var yg,xg=d(()=>{L();B3();U3();G3();yg=Ti.compose({baseName:"tabs",template:P5,styles:V3})});var il,W3,Z3=d(()=>{x();L();He();qo();te();il=".control",W3=(i,e)=>w`
    ${H("inline-flex")}

    ${Lr(i,e,il)}

    ${bo(i,e,il)}

    :host {
      flex-direction: column;
      vertical-align: bottom;
    }

    .control {
      height: calc((${Q} * 2) * 1px);
      padding: calc(${F} * 1.5px) calc(${F} * 2px + 1px);
    }

    :host .control {
      resize: none;
    }

    :host(.resize-both) .control {
      resize: both;
    }

    :host(.resize-horizontal) .control {
      resize: horizontal;
    }

    :host(.resize-vertical) .control {
      resize: vertical;
    }

    :host([cols]) {
      width: initial;
    }

    :host([rows]) .control {
      height: initial;
    }
  `.withBehaviors(Ce("outline",yo(i,e,il)),Ce("filled",Oi(i,e,il)),B(Mi(i,e,il)))});var Dh,Wse,Q3=d(()=>{Oe();x();L();Z3();Dh=class extends yt{appearanceChanged(e,t){e!==t&&(this.classList.add(t),this.classList.remove(e))}connectedCallback(){super.connectedCallback(),this.appearance||(this.appearance="outline")}};D([f],Dh.prototype,"appearance",void 0);Wse=Dh.compose({baseName:"text-area",baseClass:yt,template:N5,styles:W3,shadowOptions:{delegatesFocus:!0}})});var ol,X3,Y3=d(()=>{x();L();He();qo();te();ol=".root",X3=(i,e)=>w`
    ${H("inline-block")}

    ${Lr(i,e,ol)}

    ${bo(i,e,ol)}

    .root {
      display: flex;
      flex-direction: row;
    }

    .control {
      -webkit-appearance: none;
      color: inherit;
      background: transparent;
      border: 0;
      height: calc(100% - 4px);
      margin-top: auto;
      margin-bottom: auto;
      padding: 0 calc(${F} * 2px + 1px);
      font-family: inherit;
      font-size: inherit;
      line-height: inherit;
    }

    .start,
    .end {
      display: flex;
      margin: auto;
    }

    .start {
      display: flex;
      margin-inline-start: 11px;
    }

    .end {
      display: flex;
      margin-inline-end: 11px;
    }
  `.withBehaviors(Ce("outline",yo(i,e,ol)),Ce("filled",Oi(i,e,ol)),B(Mi(i,e,ol)))});var Eh,rl,wg=d(()=>{Oe();x();L();Y3();Eh=class extends Ot{appearanceChanged(e,t){e!==t&&(this.classList.add(t),this.classList.remove(e))}connectedCallback(){super.connectedCallback(),this.appearance||(this.appearance="outline")}};D([f],Eh.prototype,"appearance",void 0);rl=Eh.compose({baseName:"text-field",baseClass:Ot,template:q5,styles:X3,shadowOptions:{delegatesFocus:!0}})});var J3,K3=d(()=>{x();L();N();te();Tt();J3=(i,e)=>w`
    ${H("inline-flex")} :host {
      --toolbar-item-gap: calc(${F} * 1px);
      background: ${J};
      fill: currentcolor;
      padding: var(--toolbar-item-gap);
      box-sizing: border-box;
      align-items: center;
    }

    :host(${q}) {
      ${Ke}
    }

    .positioning-region {
      align-items: center;
      display: inline-flex;
      flex-flow: row wrap;
      justify-content: flex-start;
      flex-grow: 1;
    }

    :host([orientation='vertical']) .positioning-region {
      flex-direction: column;
      align-items: start;
    }

    ::slotted(:not([slot])) {
      flex: 0 0 auto;
      margin: 0 var(--toolbar-item-gap);
    }

    :host([orientation='vertical']) ::slotted(:not([slot])) {
      margin: var(--toolbar-item-gap) 0;
    }

    :host([orientation='vertical']) {
      display: inline-flex;
      flex-direction: column;
    }

    .start,
    .end {
      display: flex;
      align-items: center;
    }

    .end {
      margin-inline-start: auto;
    }

    .start__hidden,
    .end__hidden {
      display: none;
    }

    ::slotted(svg) {
      ${""}
      width: 16px;
      height: 16px;
    }
  `.withBehaviors(B(w`
        :host(:${q}) {
          outline-color: ${m.Highlight};
          color: ${m.ButtonText};
          forced-color-adjust: none;
        }
      `))});var Cg,fne,e4=d(()=>{L();K3();Cg=class extends Yi{},fne=Cg.compose({baseName:"toolbar",baseClass:Yi,template:Z5,styles:J3})});var t4,i4=d(()=>{x();L();He();te();Je();t4=(i,e)=>w`
    :host {
      position: relative;
      contain: layout;
      overflow: visible;
      height: 0;
      width: 0;
      z-index: 10000;
    }

    .tooltip {
      box-sizing: border-box;
      border-radius: calc(${re} * 1px);
      border: calc(${A} * 1px) solid ${jo};
      background: ${J};
      color: ${ee};
      padding: 4px 12px;
      height: fit-content;
      width: fit-content;
      ${ne}
      white-space: nowrap;
      box-shadow: ${X2};
    }

    ${i.tagFor(K)} {
      display: flex;
      justify-content: center;
      align-items: center;
      overflow: visible;
      flex-direction: row;
    }

    ${i.tagFor(K)}.right,
    ${i.tagFor(K)}.left {
      flex-direction: column;
    }

    ${i.tagFor(K)}.top .tooltip::after,
    ${i.tagFor(K)}.bottom .tooltip::after,
    ${i.tagFor(K)}.left .tooltip::after,
    ${i.tagFor(K)}.right .tooltip::after {
      content: '';
      width: 12px;
      height: 12px;
      background: ${J};
      border-top: calc(${A} * 1px) solid ${jo};
      border-left: calc(${A} * 1px) solid ${jo};
      position: absolute;
    }

    ${i.tagFor(K)}.top .tooltip::after {
      transform: translateX(-50%) rotate(225deg);
      bottom: 5px;
      left: 50%;
    }

    ${i.tagFor(K)}.top .tooltip {
      margin-bottom: 12px;
    }

    ${i.tagFor(K)}.bottom .tooltip::after {
      transform: translateX(-50%) rotate(45deg);
      top: 5px;
      left: 50%;
    }

    ${i.tagFor(K)}.bottom .tooltip {
      margin-top: 12px;
    }

    ${i.tagFor(K)}.left .tooltip::after {
      transform: translateY(-50%) rotate(135deg);
      top: 50%;
      right: 5px;
    }

    ${i.tagFor(K)}.left .tooltip {
      margin-right: 12px;
    }

    ${i.tagFor(K)}.right .tooltip::after {
      transform: translateY(-50%) rotate(-45deg);
      top: 50%;
      left: 5px;
    }

    ${i.tagFor(K)}.right .tooltip {
      margin-left: 12px;
    }
  `.withBehaviors(B(w`
        :host([disabled]) {
          opacity: 1;
        }
        ${i.tagFor(K)}.top .tooltip::after,
        ${i.tagFor(K)}.bottom .tooltip::after,
        ${i.tagFor(K)}.left .tooltip::after,
        ${i.tagFor(K)}.right .tooltip::after {
          content: '';
          width: unset;
          height: unset;
        }
      `))});var $g,kne,o4=d(()=>{L();te();i4();$g=class extends Ze{connectedCallback(){super.connectedCallback(),J.setValueFor(this,uo)}},kne=$g.compose({baseName:"tooltip",baseClass:Ze,template:tw,styles:t4})});var r4,s4=d(()=>{x();L();r4=(i,e)=>w`
  :host([hidden]) {
    display: none;
  }

  ${H("flex")} :host {
    flex-direction: column;
    align-items: stretch;
    min-width: fit-content;
    font-size: 0;
  }
`});var Dne,n4=d(()=>{L();s4();Dne=us.compose({baseName:"tree-view",template:cw,styles:r4})});var W9,Z9,a4,Q9,X9,l4,c4=d(()=>{x();L();N();He();te();Je();Tt();W9=w`
  .expand-collapse-button svg {
    transform: rotate(0deg);
  }
  :host(.nested) .expand-collapse-button {
    left: var(--expand-collapse-button-nested-width, calc(${Q} * -1px));
  }
  :host([selected])::after {
    left: calc(${Ye} * 1px);
  }
  :host([expanded]) > .positioning-region .expand-collapse-button svg {
    transform: rotate(90deg);
  }
`,Z9=w`
  .expand-collapse-button svg {
    transform: rotate(180deg);
  }
  :host(.nested) .expand-collapse-button {
    right: var(--expand-collapse-button-nested-width, calc(${Q} * -1px));
  }
  :host([selected])::after {
    right: calc(${Ye} * 1px);
  }
  :host([expanded]) > .positioning-region .expand-collapse-button svg {
    transform: rotate(90deg);
  }
`,a4=wt`((${vn} / 2) * ${F}) + ((${F} * ${ui}) / 2)`,Q9=fe.create("tree-item-expand-collapse-hover").withDefault(i=>{let e=pi.getValueFor(i);return e.evaluate(i,e.evaluate(i).hover).hover}),X9=fe.create("tree-item-expand-collapse-selected-hover").withDefault(i=>{let e=No.getValueFor(i);return pi.getValueFor(i).evaluate(i,e.evaluate(i).rest).hover}),l4=(i,e)=>w`
    ${H("block")} :host {
      contain: content;
      position: relative;
      outline: none;
      color: ${ee};
      fill: currentcolor;
      cursor: pointer;
      font-family: ${Zt};
      --expand-collapse-button-size: calc(${Q} * 1px);
      --tree-item-nested-width: 0;
    }

    .positioning-region {
      display: flex;
      position: relative;
      box-sizing: border-box;
      background: ${Uo};
      border: calc(${A} * 1px) solid transparent;
      border-radius: calc(${re} * 1px);
      height: calc((${Q} + 1) * 1px);
    }

    :host(:${q}) .positioning-region {
      ${Ke}
    }

    .positioning-region::before {
      content: '';
      display: block;
      width: var(--tree-item-nested-width);
      flex-shrink: 0;
    }

    :host(:not([disabled])) .positioning-region:hover {
      background: ${mo};
    }

    :host(:not([disabled])) .positioning-region:active {
      background: ${go};
    }

    .content-region {
      display: inline-flex;
      align-items: center;
      white-space: nowrap;
      width: 100%;
      height: calc(${Q} * 1px);
      margin-inline-start: calc(${F} * 2px + 8px);
      ${ne}
    }

    .items {
      display: none;
      ${""} font-size: calc(1em + (${F} + 16) * 1px);
    }

    .expand-collapse-button {
      background: none;
      border: none;
      border-radius: calc(${re} * 1px);
      ${""} width: calc((${a4} + (${F} * 2)) * 1px);
      height: calc((${a4} + (${F} * 2)) * 1px);
      padding: 0;
      display: flex;
      justify-content: center;
      align-items: center;
      cursor: pointer;
      margin: 0 6px;
    }

    .expand-collapse-button svg {
      transition: transform 0.1s linear;
      pointer-events: none;
    }

    .start,
    .end {
      display: flex;
    }

    .start {
      ${""} margin-inline-end: calc(${F} * 2px + 2px);
    }

    .end {
      ${""} margin-inline-start: calc(${F} * 2px + 2px);
    }

    :host(.expanded) > .items {
      display: block;
    }

    :host([disabled]) {
      opacity: ${Me};
      cursor: ${Xe};
    }

    :host(.nested) .content-region {
      position: relative;
      margin-inline-start: var(--expand-collapse-button-size);
    }

    :host(.nested) .expand-collapse-button {
      position: absolute;
    }

    :host(.nested) .expand-collapse-button:hover {
      background: ${Q9};
    }

    :host(:not([disabled])[selected]) .positioning-region {
      background: ${Ei};
    }

    :host(:not([disabled])[selected]) .expand-collapse-button:hover {
      background: ${X9};
    }

    :host([selected])::after {
      content: '';
      display: block;
      position: absolute;
      top: calc((${Q} / 4) * 1px);
      width: 3px;
      height: calc((${Q} / 2) * 1px);
      ${""} background: ${me};
      border-radius: calc(${re} * 1px);
    }

    ::slotted(fluent-tree-item) {
      --tree-item-nested-width: 1em;
      --expand-collapse-button-nested-width: calc(${Q} * -1px);
    }
  `.withBehaviors(new Pi(W9,Z9),B(w`
        :host {
          color: ${m.ButtonText};
        }
        .positioning-region {
          border-color: ${m.ButtonFace};
          background: ${m.ButtonFace};
        }
        :host(:not([disabled])) .positioning-region:hover,
        :host(:not([disabled])) .positioning-region:active,
        :host(:not([disabled])[selected]) .positioning-region {
          background: ${m.Highlight};
        }
        :host .positioning-region:hover .content-region,
        :host([selected]) .positioning-region .content-region {
          forced-color-adjust: none;
          color: ${m.HighlightText};
        }
        :host([disabled][selected]) .positioning-region .content-region {
          color: ${m.GrayText};
        }
        :host([selected])::after {
          background: ${m.HighlightText};
        }
        :host(:${q}) .positioning-region {
          forced-color-adjust: none;
          outline-color: ${m.ButtonFace};
        }
        :host([disabled]),
        :host([disabled]) .content-region,
        :host([disabled]) .positioning-region:hover .content-region {
          opacity: 1;
          color: ${m.GrayText};
        }
        :host(.nested) .expand-collapse-button:hover,
        :host(:not([disabled])[selected]) .expand-collapse-button:hover {
          background: ${m.ButtonFace};
          fill: ${m.ButtonText};
        }
      `))});var jne,d4=d(()=>{L();c4();jne=Qe.compose({baseName:"tree-item",template:nw,styles:l4,expandCollapseGlyph:`
    <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
      <path d="M4.65 2.15a.5.5 0 000 .7L7.79 6 4.65 9.15a.5.5 0 10.7.7l3.5-3.5a.5.5 0 000-.7l-3.5-3.5a.5.5 0 00-.7 0z"/>
    </svg>
  `})});var h4=d(()=>{Xm();Ym();Km();sg();pg();gg();xg();wg()});function u4(i){return yf.getOrCreate(i).withPrefix("fluent")}var p4=d(()=>{L()});var ks=d(()=>{h4();p4();Z2();rC();aC();dC();pC();gC();Xm();Ym();Km();FC();PC();MC();sg();NC();qC();QC();JC();t3();r3();a3();d3();pg();y3();C3();_3();R3();gg();D3();P3();H3();xg();Q3();wg();e4();o4();d4();n4();te();He()});var Ah,Ph,Ln,Sg=d(()=>{Ah={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Ph=i=>(...e)=>({_$litDirective$:i,values:e}),Ln=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,o){this._$Ct=e,this._$AM=t,this._$Ci=o}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}}});var st,f4=d(()=>{Ko();Sg();st=Ph(class extends Ln{constructor(i){if(super(i),i.type!==Ah.ATTRIBUTE||i.name!=="class"||i.strings?.length>2)throw Error("`classMap()` can only be used in the `class` attribute and must be the only part in the attribute.")}render(i){return" "+Object.keys(i).filter(e=>i[e]).join(" ")+" "}update(i,[e]){if(this.st===void 0){this.st=new Set,i.strings!==void 0&&(this.nt=new Set(i.strings.join(" ").split(/\s/).filter(o=>o!=="")));for(let o in e)e[o]&&!this.nt?.has(o)&&this.st.add(o);return this.render(e)}let t=i.element.classList;for(let o of this.st)o in e||(t.remove(o),this.st.delete(o));for(let o in e){let r=!!e[o];r===this.st.has(o)||this.nt?.has(o)||(r?(t.add(o),this.st.add(o)):(t.remove(o),this.st.delete(o)))}return ji}})});var Dn=d(()=>{f4()});var sl,m4=d(()=>{Ko();sl=i=>i??Ie});var g4=d(()=>{m4()});var Oh,v4,kg=d(()=>{Oh=i=>"personType"in i||"userType"in i,v4=i=>"initials"in i});var En,Mh,b4,Hh,Vh,nl,Go=d(()=>{En=i=>{let e=new Date,t=new Date(e.getFullYear(),e.getMonth(),e.getDate());if(i>=t)return i.toLocaleString("default",{hour:"numeric",minute:"numeric"});let o=new Date(t);if(o.setDate(e.getDate()-e.getDay()),i>=o)return i.toLocaleString("default",{hour:"numeric",minute:"numeric",weekday:"short"});let r=new Date(o);return r.setDate(o.getDate()-7),i>=r?i.toLocaleString("default",{day:"numeric",month:"numeric",weekday:"short"}):i.toLocaleString("default",{day:"numeric",month:"numeric",year:"numeric"})},Mh=(i,e)=>{let t;return function(){let o=()=>i.apply(this,arguments);window.clearTimeout(t),t=window.setTimeout(o,e)}},b4=i=>new Promise((e,t)=>{let o=new FileReader;o.onerror=t,o.onload=()=>{e(o.result)},o.readAsDataURL(i)}),Hh=i=>i.startsWith("[")?i.match(/([a-zA-Z0-9+._-]+@[a-zA-Z0-9._-]+\.[a-zA-Z0-9_-]+)/gi).toString():i,Vh=i=>/^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/.test(i),nl=(i,e=2)=>{if(i===0)return"0 Bytes";let t=1024,o=e<0?0:e,r=["Bytes","KB","MB","GB","TB","PB","EB","ZB","YB"],s=Math.floor(Math.log(i)/Math.log(t));return`${parseFloat((i/Math.pow(t,s)).toFixed(o))} ${r[s]}`}});var T,Wo=d(()=>{T={presence:{name:"presence",stores:{presence:"presence"},version:2},users:{name:"users",stores:{users:"users",usersQuery:"usersQuery",userFilters:"userFilters",cardState:"cardState"},version:5},photos:{name:"photos",stores:{contacts:"contacts",users:"users",groups:"groups",teams:"teams"},version:2},people:{name:"people",stores:{contacts:"contacts",groupPeople:"groupPeople",peopleQuery:"peopleQuery"},version:4},groups:{name:"groups",stores:{groups:"groups",groupsQuery:"groupsQuery"},version:6},get:{name:"responses",stores:{responses:"responses"},version:2},search:{name:"search",stores:{responses:"responses"},version:3},files:{name:"files",stores:{driveFiles:"driveFiles",groupFiles:"groupFiles",siteFiles:"siteFiles",userFiles:"userFiles",insightFiles:"insightFiles",fileQueries:"fileQueries"},version:2},fileLists:{name:"file-lists",stores:{fileLists:"fileLists",insightfileLists:"insightfileLists"},version:2}}});var _g,Y9,J9,y4,K9,ek,x4,Rg,_s,w4,tk,An,C4,ni,Fg,Rs=d(()=>{we();Go();Wo();_g=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Y9=["any","person","group"],J9=i=>typeof i=="string"&&Y9.includes(i),y4=(i,e="any")=>J9(i)?i:e,K9=["any","user","contact"],ek=i=>typeof i=="string"&&K9.includes(i),x4=(i,e="any")=>ek(i)?i:e,Rg=()=>M.config.people.invalidationPeriod||M.config.defaultInvalidationPeriod,_s=()=>M.config.people.isEnabled&&M.config.isEnabled,w4=["People.Read","People.Read.All"],tk=["Contacts.Read","Contacts.ReadWrite"],An=(i,e,t=10,o="any",r="")=>_g(void 0,void 0,void 0,function*(){let s=`${e}:${t}:${o}`,n;if(_s()){let c=T.people,h=T.people.stores.peopleQuery;n=M.getCache(c,h);let u=_s()?yield n.getValue(s):null;if(u&&Rg()>Date.now()-u.timeCached)return u.results.map(v=>JSON.parse(v))}let a="personType/class eq 'Person'";o!=="any"&&(o==="user"?a+="and personType/subclass eq 'OrganizationUser'":a+="and (personType/subclass eq 'ImplicitContact' or personType/subclass eq 'PersonalContact')"),r!==""&&(a+=` and  ${r}`);let l;try{let c=i.api("/me/people").search('"'+e+'"').top(t).filter(a).middlewareOptions(pe(w4));if(o!=="contact"&&(c=c.header("X-PeopleQuery-QuerySources","Mailbox,Directory")),l=yield c.get(),_s()&&l){let h={maxResults:t,results:null};h.results=l.value.map(u=>JSON.stringify(u)),yield n.putValue(s,h)}}catch{}return l?.value}),C4=(i,e="any",t="",o=10)=>_g(void 0,void 0,void 0,function*(){let r,s=`${t||`*:${e}`}:${o}`;if(_s()){r=M.getCache(T.people,T.people.stores.peopleQuery);let c=yield r.getValue(s);if(c&&Rg()>Date.now()-c.timeCached)return c.results.map(h=>JSON.parse(h))}let n="/me/people",a="personType/class eq 'Person'";e!=="any"&&(e==="user"?a+="and personType/subclass eq 'OrganizationUser'":a+="and (personType/subclass eq 'ImplicitContact' or personType/subclass eq 'PersonalContact')"),t&&(a+=` and ${t}`);let l;try{let c=i.api(n).middlewareOptions(pe(w4)).top(o).filter(a);e!=="contact"&&(c=c.header("X-PeopleQuery-QuerySources","Mailbox,Directory")),l=yield c.get(),_s()&&l&&(yield r.putValue(s,{maxResults:10,results:l.value.map(h=>JSON.stringify(h))}))}catch{}return l?l.value:null}),ni=i=>{var e,t;let o=i,r=i,s=i;return r?.mail?Hh(r.mail):!((e=o?.scoredEmailAddresses)===null||e===void 0)&&e.length?Hh(o.scoredEmailAddresses[0].address):!((t=s?.emailAddresses)===null||t===void 0)&&t.length?Hh(s.emailAddresses[0].address):null},Fg=(i,e)=>_g(void 0,void 0,void 0,function*(){let t;if(_s()){t=M.getCache(T.people,T.people.stores.contacts);let s=yield t.getValue(e);if(s&&Rg()>Date.now()-s.timeCached)return JSON.parse(s.person)}let o=encodeURIComponent(e),r=yield i.api("/me/contacts").filter(`emailAddresses/any(a:a/address eq '${o}')`).middlewareOptions(pe(tk)).get();return _s()&&r&&(yield t.putValue(e,{person:JSON.stringify(r.value)})),r?r.value:null})});var Er,Ar,It,$4,ik,Tg,Pn,al,ll,Fs,cl,Ig,On=d(()=>{we();Wo();Er=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Ar=()=>M.config.users.invalidationPeriod||M.config.defaultInvalidationPeriod,It=()=>M.config.users.isEnabled&&M.config.isEnabled,$4=(i,e="",t=10)=>Er(void 0,void 0,void 0,function*(){let o=["User.ReadBasic.All","User.Read.All","Directory.Read.All","User.ReadWrite.All","Directory.ReadWrite.All"],r="/users",s,n=`${e===""?"*":e}:${t}`,a={maxResults:t,results:null};if(It()){s=M.getCache(T.users,T.users.stores.userFilters);let c=yield s.getValue(n);if(c&&Ar()>Date.now()-c.timeCached)return c.results.map(h=>JSON.parse(h))}let l=i.api(r).top(t);e&&l.filter(e).header("ConsistencyLevel","eventual").count(!0);try{let c=yield l.middlewareOptions(pe(o)).get();return It()&&c&&(a.results=c.value.map(h=>JSON.stringify(h)),yield s.putValue(e,a)),c.value}catch{}}),ik=["User.Read","User.ReadWrite"],Tg=(i,e)=>Er(void 0,void 0,void 0,function*(){let t;if(It()){t=M.getCache(T.users,T.users.stores.users);let s=yield t.getValue("me");if(s&&Ar()>Date.now()-s.timeCached){let n=JSON.parse(s.user),a=e?e.filter(l=>!Object.keys(n).includes(l)):null;if(!a||a.length<=1)return n}}let o="me";e&&(o=o+"?$select="+e.toString());let r=yield i.api(o).middlewareOptions(pe(ik)).get();return It()&&(yield t.putValue("me",{user:JSON.stringify(r)})),r}),Pn=["User.ReadBasic.All","User.Read.All","Directory.Read.All","User.ReadWrite.All","Directory.ReadWrite.All"],al=(i,e,t)=>Er(void 0,void 0,void 0,function*(){let o;if(It()){o=M.getCache(T.users,T.users.stores.users);let n=yield o.getValue(e);if(n&&Ar()>Date.now()-n.timeCached){let a=n.user?JSON.parse(n.user):null,l=t&&a?t.filter(c=>!Object.keys(a).includes(c)):null;if(!l||l.length<=1)return a}}let r=`/users/${e}`;t&&(r=r+"?$select="+t.toString());let s;try{s=yield i.api(r).middlewareOptions(pe(Pn)).get()}catch{}return It()&&(yield o.putValue(e,{user:JSON.stringify(s)})),s}),ll=(i,e,t="",o="",r)=>Er(void 0,void 0,void 0,function*(){if(!e||e.length===0)return[];let s=i.createBatch(),n={},a={},l=[];t=t.toLowerCase();let c;It()&&(c=M.getCache(T.users,T.users.stores.users));for(let h of e){n[h]=null;let u=`/users/${h}`,v,y;if(It()&&(y=yield c.getValue(h)),y?.user&&Ar()>Date.now()-y.timeCached)if(v=JSON.parse(y?.user),t){if(v){let S=v.displayName;S?.toLowerCase().includes(t)&&(a[h]=v)}}else v?n[h]=v:(s.get(h,u,Pn),l.push(h));else h!==""&&(h==="me"?n[h]=yield Tg(i):(u=`/users/${h}`,o&&(u+=`${u}?$filter=${o}&$count=true`),s.get(h,u,Pn,o?{ConsistencyLevel:"eventual"}:{}),l.push(h)))}try{if(s.hasRequests){let h=yield s.executeAll();for(let u of e){let v=h.get(u);if(v?.content){let y=v.content;t?(y?.displayName.toLowerCase()||"").includes(t)&&(a[u]=y):n[u]=y,It()&&(yield c.putValue(u,{user:JSON.stringify(y)}))}else{let y=r.find(S=>Object.values(S).includes(u));y&&(n[u]=y)}}}return t&&Object.keys(a).length?Promise.all(Object.values(a)):Promise.all(Object.values(n))}catch{try{return e.filter(u=>l.includes(u)).forEach(u=>{n[u]=al(i,u)}),It()&&(yield Promise.all(e.filter(u=>l.includes(u)).map(u=>Er(void 0,void 0,void 0,function*(){return yield c.putValue(u,{user:JSON.stringify(yield n[u])})})))),Promise.all(Object.values(n))}catch{return[]}}}),Fs=(i,e,t=10,o="")=>Er(void 0,void 0,void 0,function*(){let r=Pn,s={maxResults:t,results:null},n=`${e}:${t}:${o}`,a;if(It()){a=M.getCache(T.users,T.users.stores.usersQuery);let u=yield a.getValue(n);if(u&&Ar()>Date.now()-u.timeCached)return u.results.map(v=>JSON.parse(v))}let l=encodeURIComponent(e),c=i.api("users").search(`"displayName:${l}" OR "mail:${l}" OR "userPrincipalName:${l}"`).header("ConsistencyLevel","eventual").count(!0),h;o!==""&&c.filter(o);try{h=yield c.top(t).middlewareOptions(pe(r)).get()}catch{}return It()&&h&&(s.results=h.value.map(u=>JSON.stringify(u)),yield a.putValue(e,s)),h?h.value:null}),cl=(i,e,t,o=10,r="person",s=!1,n="",a="")=>Er(void 0,void 0,void 0,function*(){let l=["GroupMember.Read.All","Group.Read.All","Directory.Read.All","GroupMember.ReadWrite.All","Group.ReadWrite.All"],c={maxResults:o,results:null},h,u=`${t||"*"}:${e||"*"}:${o}:${r}:${s}:${n}`;if(It()){h=M.getCache(T.users,T.users.stores.usersQuery);let j=yield h.getValue(u);if(j&&Ar()>Date.now()-j.timeCached)return j.results.map(et=>JSON.parse(et))}let v="";e&&(v=`startswith(displayName,'${e}') or startswith(givenName,'${e}') or startswith(surname,'${e}') or startswith(mail,'${e}') or startswith(userPrincipalName,'${e}')`);let y=`/groups/${t}/${s?"transitiveMembers":"members"}`;r==="person"?y+="/microsoft.graph.user":r==="group"&&(y+="/microsoft.graph.group",e&&(v=`startswith(displayName,'${e}') or startswith(mail,'${e}')`)),n&&(v+=e?` and ${n}`:n),a&&(v+=e?` and ${a}`:a);let S=i.api(y).top(o).filter(v);(n||e)&&S.header("ConsistencyLevel","eventual").count(!0);let O=yield S.middlewareOptions(pe(l)).get();return It()&&O&&(c.results=O.value.map(j=>JSON.stringify(j)),yield h.putValue(u,c)),O?O.value:null}),Ig=(i,e,t,o=10,r="person",s=!1,n="")=>Er(void 0,void 0,void 0,function*(){let a=[];for(let l of t)try{let c=yield cl(i,e,l,o,r,s,n);a.push(...c)}catch{continue}return a})});var Ts,dl,xo,Bh,k4,hl,S4,Lg,ul,_4,R4,pl,zh=d(()=>{we();zr();Go();Wo();Rs();On();Ts=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},dl=()=>M.config.photos.invalidationPeriod||M.config.defaultInvalidationPeriod,xo=()=>M.config.photos.isEnabled&&M.config.isEnabled,Bh=["User.ReadBasic.All","User.Read.All","User.ReadWrite.All"],k4=["User.Read","User.ReadWrite",...Bh],hl=(i,e,t)=>Ts(void 0,void 0,void 0,function*(){try{let o=yield i.api(`${e}/photo/$value`).responseType(ft.RAW).middlewareOptions(pe(t)).get();if(o.status===404)return{eTag:null,photo:null};if(!o.ok)return null;let r=o["@odata.mediaEtag"],s=yield b4(yield o.blob());return{eTag:r,photo:s}}catch{return null}}),S4=(i,e)=>Ts(void 0,void 0,void 0,function*(){let t,o;if(xo()&&(t=M.getCache(T.photos,T.photos.stores.contacts),o=yield t.getValue(e),o&&dl()>Date.now()-o.timeCached))return o.photo;let r=["Contacts.Read","Contacts.ReadWrite"];return o=yield hl(i,`me/contacts/${e}`,r),xo()&&o&&(yield t.putValue(e,o)),o?o.photo:null}),Lg=(i,e)=>Ts(void 0,void 0,void 0,function*(){let t,o,r=encodeURIComponent(e);if(xo()){if(t=M.getCache(T.photos,T.photos.stores.users),o=yield t.getValue(e),o&&dl()>Date.now()-o.timeCached)return o.photo;if(o)try{let s=yield i.api(`users/${e}/photo`).get();s&&(s["@odata.mediaEtag"]!==o.eTag||s["@odata.mediaEtag"]===null&&o.eTag===null)&&(o=null)}catch{return null}}return o=o||(yield hl(i,`users/${r}`,Bh)),xo()&&o&&(yield t.putValue(e,o)),o?o.photo:null}),ul=(i,e,t=!0)=>Ts(void 0,void 0,void 0,function*(){if("personType"in e&&e.personType.subclass!=="OrganizationUser"){if(e.personType.subclass==="PersonalContact"&&t){let r=ni(e),s=yield Fg(i,r);if(s?.length&&s[0].id)return yield S4(i,s[0].id)}return null}if(e.userPrincipalName||e.id){let r=e.userPrincipalName||e.id;return yield Lg(i,r)}if(e.id){let r=yield Lg(i,e.id);if(r)return r}let o=ni(e);if(o){let r=yield Fs(i,o,1);if(r?.length)return yield Lg(i,r[0].id);if(t){let s=yield Fg(i,o);if(s?.length)return yield S4(i,s[0].id)}}return null}),_4=(i,e)=>Ts(void 0,void 0,void 0,function*(){let t,o,r=e.id;if(xo()){if(o=M.getCache(T.photos,T.photos.stores.groups),t=yield o.getValue(r),t&&dl()>Date.now()-t.timeCached)return t.photo;if(t)try{let n=yield i.api(`groups/${r}/photo`).get();n&&(n["@odata.mediaEtag"]!==t.eTag||n["@odata.mediaEtag"]===null&&t.eTag===null)&&(t=null)}catch{return null}}let s=["Group.Read.All","Group.ReadWrite.All"];return t=t||(yield hl(i,`groups/${r}`,s)),xo()&&t&&(yield o.putValue(r,t)),t?t.photo:null}),R4=(i,e)=>Ts(void 0,void 0,void 0,function*(){return yield M.getCache(T.photos,e).getValue(i)}),pl=(i,e,t)=>Ts(void 0,void 0,void 0,function*(){yield M.getCache(T.photos,e).putValue(i,t)})});var ok,rk,F4,Nh,Dg=d(()=>{we();Wo();ok=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},rk=()=>M.config.presence.invalidationPeriod||M.config.defaultInvalidationPeriod,F4=()=>M.config.presence.isEnabled&&M.config.isEnabled,Nh=(i,e)=>ok(void 0,void 0,void 0,function*(){let t;if(F4()){t=M.getCache(T.presence,T.presence.stores.presence);let n=yield t.getValue(e||"me");if(n&&rk()>Date.now()-n.timeCached)return JSON.parse(n.presence)}let o=e?["presence.read.all"]:["presence.read","presence.read.all"],r=e?`/users/${e}/presence`:"/me/presence",s=yield i.api(r).middlewareOptions(pe(o)).get();return F4()&&(yield t.putValue(e||"me",{presence:JSON.stringify(s)})),s})});var Uh,Eg=d(()=>{Uh=i=>{let e=i;return e.statusCode&&"code"in e&&"body"in e&&e.date&&"message"in e&&"name"in e&&"requestId"in e}});var sk,fl,Ag=d(()=>{we();zh();On();Wo();Eg();sk=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},fl=(i,e,t)=>sk(void 0,void 0,void 0,function*(){let o=["User.ReadBasic.All","User.Read.All","Directory.Read.All","User.ReadWrite.All","Directory.ReadWrite.All"],r=["User.Read","User.ReadWrite",...o],s=e?o:r,n=e?Bh:k4,a,l=null,c,h,u=e?`users/${e}`:"me",v=u+(t?`?$select=${t.toString()}`:"");if(It()&&(h=yield M.getCache(T.users,T.users.stores.users).getValue(e||"me"),h&&Ar()>Date.now()-h.timeCached?(l=h.user?JSON.parse(h.user):null,l!==null&&t&&t.filter(O=>!Object.keys(l).includes(O)).length>=1&&(l=null,h=null)):h=null),xo()){if(c=yield R4(e||"me",T.photos.stores.users),c&&dl()>Date.now()-c.timeCached)a=c.photo;else if(c)try{let y=yield i.api(`${u}/photo`).get();y?.["@odata.mediaEtag"]&&y["@odata.mediaEtag"]===c.eTag?(yield pl(e||"me",T.photos.stores.users,c),a=c.photo):c=null}catch(y){Uh(y)&&(y.code==="ErrorItemNotFound"||y.code==="ImageNotFound")&&(yield pl(e||"me",T.photos.stores.users,{eTag:null,photo:null}))}}if(!c&&!h){let y,S=i.createBatch();e?(S.get("user",`/users/${e}${t?"?$select="+t.toString():""}`,s),S.get("photo",`users/${e}/photo/$value`,n)):(S.get("user","me",s),S.get("photo","me/photo/$value",n));let O=yield S.executeAll(),j=O.get("photo");j&&(y=j.headers.ETag,a=j.content);let et=O.get("user");et&&(l=et.content),It()&&(yield M.getCache(T.users,T.users.stores.users).putValue(e||"me",{user:JSON.stringify(l)})),xo()&&(yield pl(e||"me",T.photos.stores.users,{eTag:y,photo:a}))}else if(c){if(!h)try{let y=yield i.api(v).middlewareOptions(pe(s)).get();y&&(It()&&(yield M.getCache(T.users,T.users.stores.users).putValue(e||"me",{user:JSON.stringify(y)})),l=y)}catch{}}else try{let y=yield hl(i,u,n);y&&(xo()&&(yield pl(e||"me",T.photos.stores.users,{eTag:y.eTag,photo:y.photo})),a=y.photo)}catch{}return l&&(l.personImage=a),l})});var nk,ak,Mn,jh=d(()=>{nk=["image","oneline","twolines","threelines","fourlines"],ak=i=>typeof i=="string"&&nk.includes(i),Mn=(i,e="twolines")=>ak(i)?i:e});var lk,wo,Hn=d(()=>{ks();lk=u4(),wo=(...i)=>{if(i?.length)for(let e of i)lk.register(e())}});var k,G,Ki=d(()=>{xe();(function(i){i[i.ArrowDown=0]="ArrowDown",i[i.TeamSeparator=1]="TeamSeparator",i[i.Search=2]="Search",i[i.SkypeArrow=3]="SkypeArrow",i[i.SmallEmail=4]="SmallEmail",i[i.SmallEmailHovered=5]="SmallEmailHovered",i[i.SmallChat=6]="SmallChat",i[i.SmallChatHovered=7]="SmallChatHovered",i[i.Video=8]="Video",i[i.VideoHovered=9]="VideoHovered",i[i.ExpandDown=10]="ExpandDown",i[i.Overview=11]="Overview",i[i.Send=12]="Send",i[i.Contact=13]="Contact",i[i.Copy=14]="Copy",i[i.Phone=15]="Phone",i[i.CellPhone=16]="CellPhone",i[i.Chat=17]="Chat",i[i.Call=18]="Call",i[i.CallHovered=19]="CallHovered",i[i.Confirmation=20]="Confirmation",i[i.Department=21]="Department",i[i.Dot=22]="Dot",i[i.Email=23]="Email",i[i.OfficeLocation=24]="OfficeLocation",i[i.Person=25]="Person",i[i.Messages=26]="Messages",i[i.Organization=27]="Organization",i[i.ExpandRight=28]="ExpandRight",i[i.Profile=29]="Profile",i[i.Birthday=30]="Birthday",i[i.File=31]="File",i[i.Files=32]="Files",i[i.Back=33]="Back",i[i.Close=34]="Close",i[i.Upload=35]="Upload",i[i.FileCloud=36]="FileCloud",i[i.DragFile=37]="DragFile",i[i.Cancel=38]="Cancel",i[i.CheckMark=39]="CheckMark",i[i.Radio=40]="Radio",i[i.Success=41]="Success",i[i.Fail=42]="Fail",i[i.SelectAccount=43]="SelectAccount",i[i.News=44]="News",i[i.DoubleBookmark=45]="DoubleBookmark",i[i.ChevronLeft=46]="ChevronLeft",i[i.ChevronRight=47]="ChevronRight",i[i.Event=48]="Event",i[i.BookOpen=49]="BookOpen",i[i.FileOuter=50]="FileOuter",i[i.BookQuestion=51]="BookQuestion",i[i.Globe=52]="Globe",i[i.Delete=53]="Delete",i[i.Add=54]="Add",i[i.Calendar=55]="Calendar",i[i.Planner=56]="Planner",i[i.Milestone=57]="Milestone",i[i.PersonAdd=58]="PersonAdd",i[i.PresenceAvailable=59]="PresenceAvailable",i[i.PresenceOofAvailable=60]="PresenceOofAvailable",i[i.PresenceBusy=61]="PresenceBusy",i[i.PresenceOofBusy=62]="PresenceOofBusy",i[i.PresenceDnd=63]="PresenceDnd",i[i.PresenceOofDnd=64]="PresenceOofDnd",i[i.PresenceAway=65]="PresenceAway",i[i.PresenceOofAway=66]="PresenceOofAway",i[i.PresenceOffline=67]="PresenceOffline",i[i.PresenceStatusUnknown=68]="PresenceStatusUnknown"})(k||(k={}));G=(i,e)=>{switch(i){case k.ArrowDown:return g`
        <svg width="12" height="12" viewBox="0 0 12 12" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M6 9L2.46447 5.46447H6H9.53553L6 9Z" />
        </svg>
      `;case k.TeamSeparator:return g`
        <svg width="6" height="10" viewBox="0 0 6 10" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path
            fill-rule="evenodd"
            clip-rule="evenodd"
            d="M5.70711 5L1.49999 9.20711L0.792886 8.50001L4.29289 5L0.792887 1.49999L1.49999 0.792885L5.70711 5Z"
            fill=${e}
          />
        </svg>
      `;case k.Search:return g`
        <svg width="12" height="12" viewBox="0 0 12 12" fill="currentColor" xmlns="http://www.w3.org/2000/svg">
          <path d="M7.30887 8.01596C6.53903 8.63179 5.56252 9.00004 4.5 9.00004C2.01472 9.00004 0 6.98531 0 4.50002C0 2.01473 2.01472 0 4.5 0C6.98528 0 9 2.01473 9 4.50002C9 5.56252 8.63177 6.53901 8.01597 7.30885L11.8536 11.1464C12.0488 11.3417 12.0488 11.6583 11.8536 11.8536C11.6583 12.0488 11.3417 12.0488 11.1464 11.8536L7.30887 8.01596ZM8 4.50002C8 2.56701 6.433 1 4.5 1C2.567 1 1 2.56701 1 4.50002C1 6.43302 2.567 8.00003 4.5 8.00003C6.433 8.00003 8 6.43302 8 4.50002Z" fill="currentColor"/>
        </svg>`;case k.SkypeArrow:return g`
        <svg viewBox="0 0 12 10" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path
            d="M3.95184 0.480534C4.23385 0.10452 4.70926 -0.0724722 5.1685 0.0275755C5.62775 0.127623 5.98645 0.486329 6.0865 0.945575C6.18655 1.40482 6.00956 1.88023 5.63354 2.16224L4.07196 3.72623H10.7988C11.4622 3.72623 12 4.26403 12 4.92744C12 5.59086 11.4622 6.12866 10.7988 6.12866H4.07196L5.63114 7.68784C6.0955 8.15225 6.0955 8.90515 5.63114 9.36955C5.51655 9.48381 5.38119 9.57514 5.23234 9.63862C5.09341 9.69857 4.94399 9.73042 4.79269 9.73232C4.63498 9.73233 4.4789 9.70046 4.33382 9.63862C4.18765 9.57669 4.05593 9.48507 3.94703 9.36955L0.343377 5.7659C-0.114459 5.29881 -0.114459 4.55128 0.343377 4.08419L3.95184 0.480534Z"
            fill="#B4009E"
          />
        </svg>
      `;case k.SmallEmail:return g`
        <svg width="17" height="14" viewBox="0 0 17 14" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path class="filled" d="M16 3.373V10.5C16 11.8807 14.8807 13 13.5 13H2.5C1.11929 13 -7.62939e-05 11.8807 -7.62939e-05 10.5V3.373L7.74649 7.93097C7.90297 8.02301 8.09704 8.02301 8.25351 7.93097L16 3.373ZM13.5 0C14.7871 0 15.847 0.972604 15.9848 2.22293L8 6.91991L0.0151832 2.22293C0.15304 0.972604 1.21294 0 2.5 0H13.5Z" fill="currentColor"/>
          <path class="regular" d="M13.608 0.833496C14.9887 0.833496 16.108 1.95278 16.108 3.3335V11.3335C16.108 12.7142 14.9887 13.8335 13.608 13.8335H2.60803C1.22732 13.8335 0.108032 12.7142 0.108032 11.3335V3.3335C0.108032 1.95278 1.22732 0.833496 2.60803 0.833496H13.608ZM15.108 4.7945L8.36154 8.76446C8.23115 8.84117 8.07464 8.85395 7.93554 8.80281L7.85452 8.76446L1.10803 4.7965V11.3335C1.10803 12.1619 1.77961 12.8335 2.60803 12.8335H13.608C14.4365 12.8335 15.108 12.1619 15.108 11.3335V4.7945ZM13.608 1.8335H2.60803C1.77961 1.8335 1.10803 2.50507 1.10803 3.3335V3.6355L8.10803 7.75341L15.108 3.6345V3.3335C15.108 2.50507 14.4365 1.8335 13.608 1.8335Z" fill="currentColor"/>
        </svg>
      `;case k.SmallChat:return g`
        <svg width="17" height="17" viewBox="0 0 17 17" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path class="filled" d="M8 0C12.4183 0 16 3.58172 16 8C16 12.4183 12.4183 16 8 16C6.72679 16 5.49591 15.7018 4.38669 15.1393L4.266 15.075L0.621091 15.9851C0.311269 16.0625 0.0262241 15.8369 0.00130987 15.5438L0.00114131 15.4624L0.0149329 15.3787L0.925 11.735L0.86169 11.6153C0.406602 10.7186 0.124331 9.74223 0.0327466 8.72826L0.00737596 8.34634L0 8C0 3.58172 3.58172 0 8 0ZM8.5 9H5.5L5.41012 9.00806C5.17688 9.05039 5 9.25454 5 9.5C5 9.74546 5.17688 9.94961 5.41012 9.99194L5.5 10H8.5L8.58988 9.99194C8.82312 9.94961 9 9.74546 9 9.5C9 9.25454 8.82312 9.05039 8.58988 9.00806L8.5 9ZM10.5 6H5.5L5.41012 6.00806C5.17688 6.05039 5 6.25454 5 6.5C5 6.74546 5.17688 6.94961 5.41012 6.99194L5.5 7H10.5L10.5899 6.99194C10.8231 6.94961 11 6.74546 11 6.5C11 6.25454 10.8231 6.05039 10.5899 6.00806L10.5 6Z" fill="currentColor"/>
          <path class="regular" d="M8.38599 0.833496C12.8043 0.833496 16.386 4.41522 16.386 8.8335C16.386 13.2518 12.8043 16.8335 8.38599 16.8335C7.11277 16.8335 5.8819 16.5353 4.77267 15.9728L4.65199 15.9085L1.00708 16.8186C0.697255 16.8959 0.41221 16.6704 0.387296 16.3773L0.387128 16.2959L0.400919 16.2122L1.31099 12.5685L1.24768 12.4488C0.792589 11.5521 0.510317 10.5757 0.418733 9.56176L0.393362 9.17984L0.385986 8.8335C0.385986 4.41522 3.96771 0.833496 8.38599 0.833496ZM8.38599 1.8335C4.51999 1.8335 1.38599 4.9675 1.38599 8.8335C1.38599 10.0505 1.69653 11.2213 2.27951 12.2584C2.32645 12.3419 2.34809 12.4365 2.34291 12.5308L2.32873 12.6247L1.57299 15.6455L4.59703 14.8918C4.65892 14.8764 4.72261 14.8731 4.78472 14.8814L4.87629 14.9026L4.963 14.941C5.9996 15.5233 7.16969 15.8335 8.38599 15.8335C12.252 15.8335 15.386 12.6995 15.386 8.8335C15.386 4.9675 12.252 1.8335 8.38599 1.8335ZM8.88599 9.8335C9.16213 9.8335 9.38599 10.0574 9.38599 10.3335C9.38599 10.579 9.20911 10.7831 8.97586 10.8254L8.88599 10.8335H5.88599C5.60984 10.8335 5.38599 10.6096 5.38599 10.3335C5.38599 10.088 5.56286 9.88389 5.79611 9.84155L5.88599 9.8335H8.88599ZM10.886 6.8335C11.1621 6.8335 11.386 7.05735 11.386 7.3335C11.386 7.57896 11.2091 7.7831 10.9759 7.82544L10.886 7.8335L5.88599 7.8335C5.60984 7.8335 5.38599 7.60964 5.38599 7.3335C5.38599 7.08804 5.56286 6.88389 5.79611 6.84155L5.88599 6.8335L10.886 6.8335Z" fill="currentColor"/>
        </svg>
      `;case k.Video:return g`
        <svg width="17" height="13" viewBox="0 0 17 13" fill="none" xmlns="http://www.w3.org/2000/svg">
        <path class="filled" d="M11 2.5C11 1.11929 9.88071 0 8.5 0H2.5C1.11929 0 0 1.11929 0 2.5V9.5C0 10.8807 1.11929 12 2.5 12H8.5C9.88071 12 11 10.8807 11 9.5V2.5ZM12 3.93082V8.08149L14.7642 10.4319C15.2512 10.8461 16 10.4999 16 9.86055V2.19315C16 1.55685 15.2575 1.20962 14.7692 1.61756L12 3.93082Z" fill="currentColor"/>
          <path class="regular" d="M2.72095 0.833496C1.34024 0.833496 0.220947 1.95278 0.220947 3.3335V10.3335C0.220947 11.7142 1.34024 12.8335 2.72095 12.8335H9.72095C11.1017 12.8335 12.2209 11.7142 12.2209 10.3335V9.33348L14.6209 11.1335C15.2802 11.6279 16.2209 11.1575 16.2209 10.3335V3.33348C16.2209 2.50944 15.2802 2.03905 14.6209 2.53348L12.2209 4.33348V3.3335C12.2209 1.95278 11.1017 0.833496 9.72095 0.833496H2.72095ZM12.2209 5.58348L15.2209 3.33348V10.3335L12.2209 8.08348V5.58348ZM11.2209 3.3335V10.3335C11.2209 11.1619 10.5494 11.8335 9.72095 11.8335H2.72095C1.89252 11.8335 1.22095 11.1619 1.22095 10.3335V3.3335C1.22095 2.50507 1.89252 1.8335 2.72095 1.8335H9.72095C10.5494 1.8335 11.2209 2.50507 11.2209 3.3335Z" fill="currentColor"/>
        </svg>
      `;case k.ExpandDown:return g`
        <svg width="15" height="8" viewBox="0 0 15 8" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M14 1L7.5 7L1 1" stroke="currentColor" />
        </svg>
      `;case k.Overview:return g`
        <svg width="16" height="13" viewBox="0 0 16 13" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M3.5 10.5C2.67157 10.5 2 9.82843 2 9V4C2 3.17157 2.67157 2.5 3.5 2.5H12.5C13.3284 2.5 14 3.17157 14 4V9C14 9.82843 13.3284 10.5 12.5 10.5H3.5ZM3.5 3.5C3.22386 3.5 3 3.72386 3 4V5.5H13V4C13 3.72386 12.7761 3.5 12.5 3.5H3.5ZM5 6.5H3V9C3 9.27614 3.22386 9.5 3.5 9.5H5V6.5ZM6 9.5H12.5C12.7761 9.5 13 9.27614 13 9V6.5H6V9.5ZM0 3C0 1.61929 1.11929 0.5 2.5 0.5H13.5C14.8807 0.5 16 1.61929 16 3V10C16 11.3807 14.8807 12.5 13.5 12.5H2.5C1.11929 12.5 0 11.3807 0 10V3ZM2.5 1.5C1.67157 1.5 1 2.17157 1 3V10C1 10.8284 1.67157 11.5 2.5 11.5H13.5C14.3284 11.5 15 10.8284 15 10V3C15 2.17157 14.3284 1.5 13.5 1.5H2.5Z" fill="#717171"/>
        </svg>
      `;case k.Send:return g`
        <svg xmlns="http://www.w3.org/2000/svg">
          <path
            d="M4.27144 8.99999L1.72572 2.45387C1.54854 1.99826 1.9928 1.56256 2.43227 1.71743L2.50153 1.74688L16.0015 8.49688C16.3902 8.69122 16.4145 9.22336 16.0744 9.45992L16.0015 9.50311L2.50153 16.2531C2.0643 16.4717 1.58932 16.0697 1.70282 15.6178L1.72572 15.5461L4.27144 8.99999L1.72572 2.45387L4.27144 8.99999ZM3.3028 3.4053L5.25954 8.43705L10.2302 8.43749C10.515 8.43749 10.7503 8.64911 10.7876 8.92367L10.7927 8.99999C10.7927 9.28476 10.5811 9.52011 10.3065 9.55736L10.2302 9.56249L5.25954 9.56205L3.3028 14.5947L14.4922 8.99999L3.3028 3.4053Z"
          />
        </svg>
      `;case k.Contact:return g`
        <svg width="16" height="12" viewBox="0 0 16 12" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M6 4.5C6 5.32843 5.32843 6 4.5 6C3.67157 6 3 5.32843 3 4.5C3 3.67157 3.67157 3 4.5 3C5.32843 3 6 3.67157 6 4.5ZM2 7.69879C2 7.17479 2.42479 6.75 2.94879 6.75H6.05121C6.57521 6.75 7 7.17479 7 7.69879C7 8.54603 6.42338 9.28454 5.60144 9.49003L5.54243 9.50478C4.85801 9.67589 4.14199 9.67589 3.45757 9.50478L3.39856 9.49003C2.57661 9.28454 2 8.54603 2 7.69879ZM9.5 4C9.22386 4 9 4.22386 9 4.5C9 4.77614 9.22386 5 9.5 5H12.5C12.7761 5 13 4.77614 13 4.5C13 4.22386 12.7761 4 12.5 4H9.5ZM9.5 7C9.22386 7 9 7.22386 9 7.5C9 7.77614 9.22386 8 9.5 8H12.5C12.7761 8 13 7.77614 13 7.5C13 7.22386 12.7761 7 12.5 7H9.5ZM0 1.75C0 0.783502 0.783502 0 1.75 0H14.25C15.2165 0 16 0.783502 16 1.75V10.25C16 11.2165 15.2165 12 14.25 12H1.75C0.783501 12 0 11.2165 0 10.25V1.75ZM1.75 1C1.33579 1 1 1.33579 1 1.75V10.25C1 10.6642 1.33579 11 1.75 11H14.25C14.6642 11 15 10.6642 15 10.25V1.75C15 1.33579 14.6642 1 14.25 1H1.75Z" fill="#717171"/>
        </svg>
      `;case k.Call:return g`
        <svg width="13" height="17" viewBox="0 0 13 17" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path class="filled" d="M3.98706 1.06589C4.89545 0.792081 5.86254 1.19479 6.31418 2.01224L6.38841 2.16075L7.04987 3.63213C7.46246 4.54992 7.28209 5.61908 6.60754 6.3496L6.47529 6.48248L5.43194 7.45541C5.24417 7.63298 5.38512 8.32181 6.06527 9.49986C6.67716 10.5597 7.17487 11.0552 7.41986 11.0823L7.4628 11.082L7.5158 11.0716L9.56651 10.4446C10.1332 10.2713 10.7438 10.4487 11.1298 10.8865L11.2215 11.0014L12.5781 12.8815C13.1299 13.6462 13.0689 14.6842 12.4533 15.378L12.3314 15.5039L11.7886 16.018C10.7948 16.9592 9.34348 17.2346 8.07389 16.7231C6.13867 15.9433 4.38077 14.1607 2.78368 11.3945C1.18323 8.62242 0.519004 6.20438 0.815977 4.13565C0.99977 2.85539 1.87301 1.78674 3.07748 1.3462L3.27036 1.28192L3.98706 1.06589Z" fill="currentColor"/>
          <path class="regular" d="M3.9292 0.399388L3.2125 0.615419C1.90898 1.00834 0.951582 2.1215 0.758116 3.46915C0.461142 5.53787 1.12537 7.95591 2.72582 10.728C4.32291 13.4942 6.0808 15.2768 8.01603 16.0565C9.28562 16.5681 10.7369 16.2927 11.7308 15.3515L12.2736 14.8374C13.0011 14.1485 13.1065 13.0275 12.5202 12.215L11.1636 10.3349C10.788 9.81423 10.1226 9.59039 9.50865 9.7781L7.45794 10.4051L7.40494 10.4154C7.17877 10.4485 6.65754 9.95942 6.00741 8.83335C5.32726 7.65531 5.1863 6.96648 5.37408 6.7889L6.41743 5.81598C7.19937 5.08681 7.43039 3.94078 6.99201 2.96562L6.33055 1.49424C5.91866 0.578005 4.89102 0.109471 3.9292 0.399388ZM5.41847 1.90427L6.07993 3.37564C6.34277 3.96031 6.20426 4.64744 5.73543 5.08463L4.68953 6.05994C4.02044 6.69268 4.24206 7.77567 5.14138 9.33335C5.98759 10.799 6.75958 11.5233 7.58908 11.3977L7.71341 11.3711L9.80102 10.7344C10.0057 10.6718 10.2275 10.7464 10.3527 10.92L11.7093 12.8001C12.0024 13.2064 11.9497 13.7669 11.586 14.1113L11.0432 14.6254C10.3333 15.2977 9.29663 15.4944 8.38977 15.129C6.6917 14.4448 5.08689 12.8175 3.59185 10.228C2.09375 7.63319 1.48745 5.42604 1.74797 3.61125C1.88616 2.64864 2.57001 1.85352 3.5011 1.57287L4.2178 1.35684C4.69871 1.21188 5.21253 1.44615 5.41847 1.90427Z" fill="currentColor"/>
        </svg>
      `;case k.Confirmation:return g`
      <svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">
        <path d="M7.03212 13.9072L3.56056 10.0017C3.28538 9.69214 2.81132 9.66425 2.50174 9.93944C2.19215 10.2146 2.16426 10.6887 2.43945 10.9983L6.43945 15.4983C6.72614 15.8208 7.2252 15.8355 7.53034 15.5303L18.0303 5.03033C18.3232 4.73744 18.3232 4.26256 18.0303 3.96967C17.7374 3.67678 17.2626 3.67678 16.9697 3.96967L7.03212 13.9072Z" fill="#009E00"/>
      </svg>
      `;case k.Copy:return g`
        <svg width="13" height="14" viewBox="0 0 13 14" xmlns="http://www.w3.org/2000/svg">
          <path
            d="M12.625 5.50293V14H3.875V11.375H0.375V0H6.24707L8.87207 2.625H9.74707L12.625 5.50293ZM10 5.25H11.1279L10 4.12207V5.25ZM3.875 2.625H7.62793L5.87793 0.875H1.25V10.5H3.875V2.625ZM11.75 6.125H9.125V3.5H4.75V13.125H11.75V6.125Z"
          />
        </svg>
      `;case k.Phone:return g`
        <svg width="15" height="15" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2048 2048" fill="none">
            <path d="M1607 1213q44 0 84 16t72 48l220 220q31 31 47 71t17 85q0 44-16 84t-48 72l-14 14q-54 54-99 96t-94 70-109 44-143 15q-125 0-257-39t-262-108-256-164-237-207-206-238-162-256T38 775 0 523q0-83 14-142t43-108 70-93 96-99l16-16q31-31 71-48t85-17q44 0 84 17t72 48l220 220q31 31 47 71t17 85q0 44-15 78t-37 63-48 51-49 45-37 44-15 49q0 38 27 65l551 551q27 27 65 27 26 0 48-15t45-37 45-48 51-49 62-37 79-15zm-83 707q72 0 120-13t88-39 76-64 85-86q27-27 27-65 0-18-14-42t-38-52-51-55-56-54-51-47-37-35q-27-27-66-27-26 0-48 15t-44 37-45 48-52 49-62 37-79 15q-44 0-84-16t-72-48L570 927q-31-31-47-71t-17-85q0-44 15-78t37-63 48-51 49-46 37-44 15-48q0-39-27-66-13-13-34-36t-47-51-54-56-56-52-51-37-43-15q-38 0-65 27l-85 85q-37 37-64 76t-40 87-14 120q0 112 36 231t101 238 153 234 192 219 219 190 234 150 236 99 226 36z" fill="${e}"></path>
        </svg>
      `;case k.CellPhone:return g`
        <svg width="10" height="16" viewBox="0 0 10 16" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M4 12C3.72386 12 3.5 12.2239 3.5 12.5C3.5 12.7761 3.72386 13 4 13H6C6.27614 13 6.5 12.7761 6.5 12.5C6.5 12.2239 6.27614 12 6 12H4ZM2 0C0.89543 0 0 0.895431 0 2V14C0 15.1046 0.895431 16 2 16H8C9.10457 16 10 15.1046 10 14V2C10 0.89543 9.10457 0 8 0H2ZM1 2C1 1.44772 1.44772 1 2 1H8C8.55228 1 9 1.44772 9 2V14C9 14.5523 8.55228 15 8 15H2C1.44772 15 1 14.5523 1 14V2Z" fill="#717171"/>
        </svg>
      `;case k.Chat:return g`
        <svg width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M8 0C12.4183 0 16 3.58172 16 8C16 12.4183 12.4183 16 8 16C6.72679 16 5.49591 15.7018 4.38669 15.1393L4.266 15.075L0.621091 15.9851C0.311269 16.0625 0.0262241 15.8369 0.00130987 15.5438L0.00114131 15.4624L0.0149329 15.3787L0.925 11.735L0.86169 11.6153C0.406602 10.7186 0.124331 9.74223 0.0327466 8.72826L0.00737596 8.34634L0 8C0 3.58172 3.58172 0 8 0ZM8 1C4.13401 1 1 4.13401 1 8C1 9.21704 1.31054 10.3878 1.89352 11.4249C1.94046 11.5084 1.9621 11.603 1.95692 11.6973L1.94274 11.7912L1.187 14.812L4.21104 14.0583C4.27294 14.0429 4.33662 14.0396 4.39873 14.0479L4.4903 14.0691L4.57701 14.1075C5.61362 14.6898 6.7837 15 8 15C11.866 15 15 11.866 15 8C15 4.13401 11.866 1 8 1ZM8.5 9C8.77614 9 9 9.22386 9 9.5C9 9.74546 8.82312 9.94961 8.58988 9.99194L8.5 10H5.5C5.22386 10 5 9.77614 5 9.5C5 9.25454 5.17688 9.05039 5.41012 9.00806L5.5 9H8.5ZM10.5 6C10.7761 6 11 6.22386 11 6.5C11 6.74546 10.8231 6.94961 10.5899 6.99194L10.5 7L5.5 7C5.22386 7 5 6.77614 5 6.5C5 6.25454 5.17688 6.05039 5.41012 6.00806L5.5 6L10.5 6Z" fill="#717171"/>
        </svg>
      `;case k.Department:return g`
        <svg width="17" height="14" viewBox="0 0 17 14" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M4 1.5V3H2C0.895431 3 0 3.89543 0 5V12C0 13.1046 0.895432 14 2 14H14.0026C15.1071 14 16.0026 13.1046 16.0026 12V5C16.0026 3.89543 15.1071 3 14.0026 3H12V1.5C12 0.671573 11.3284 0 10.5 0H5.5C4.67157 0 4 0.671573 4 1.5ZM5.5 1H10.5C10.7761 1 11 1.22386 11 1.5V3H5V1.5C5 1.22386 5.22386 1 5.5 1ZM2 4H14.0026C14.5549 4 15.0026 4.44772 15.0026 5V7H12L12 6.50073C12 6.22459 11.7761 6.00073 11.5 6.00073C11.2239 6.00073 11 6.22459 11 6.50074L11 7H5V6.50073C5 6.22459 4.77614 6.00073 4.5 6.00073C4.22386 6.00073 4 6.22459 4 6.50073V7H1V5C1 4.44772 1.44772 4 2 4ZM11 8L11 8.5C11 8.77615 11.2239 9 11.5 9C11.7762 9 12 8.77614 12 8.5L12 8H15.0026V12C15.0026 12.5523 14.5549 13 14.0026 13H2C1.44772 13 1 12.5523 1 12V8H4V8.5C4 8.77614 4.22386 9 4.5 9C4.77614 9 5 8.77614 5 8.5V8H11Z" fill="#717171"/>
        </svg>
      `;case k.Dot:return g`
        <svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M6.25 10C6.25 10.6904 5.69036 11.25 5 11.25C4.30964 11.25 3.75 10.6904 3.75 10C3.75 9.30964 4.30964 8.75 5 8.75C5.69036 8.75 6.25 9.30964 6.25 10ZM11.25 10C11.25 10.6904 10.6904 11.25 10 11.25C9.30964 11.25 8.75 10.6904 8.75 10C8.75 9.30964 9.30964 8.75 10 8.75C10.6904 8.75 11.25 9.30964 11.25 10ZM15 11.25C15.6904 11.25 16.25 10.6904 16.25 10C16.25 9.30964 15.6904 8.75 15 8.75C14.3096 8.75 13.75 9.30964 13.75 10C13.75 10.6904 14.3096 11.25 15 11.25Z" fill="currentColor"/>
        </svg>
        `;case k.Email:return g`
        <svg width="16" height="13" viewBox="0 0 16 13" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M13.5 0C14.8807 0 16 1.11929 16 2.5V10.5C16 11.8807 14.8807 13 13.5 13H2.5C1.11929 13 0 11.8807 0 10.5V2.5C0 1.11929 1.11929 0 2.5 0H13.5ZM15 3.961L8.25351 7.93097C8.12311 8.00767 7.96661 8.02045 7.82751 7.96932L7.74649 7.93097L1 3.963V10.5C1 11.3284 1.67157 12 2.5 12H13.5C14.3284 12 15 11.3284 15 10.5V3.961ZM13.5 1H2.5C1.67157 1 1 1.67157 1 2.5V2.802L8 6.91991L15 2.801V2.5C15 1.67157 14.3284 1 13.5 1Z" fill="#717171"/>
        </svg>
      `;case k.OfficeLocation:return g`
        <svg width="14" height="16" viewBox="0 0 14 16" fill="none" xmlns="http://www.w3.org/2000/svg">
          <title>Location icon</title>
          <path d="M10 7C10 8.65685 8.65685 10 7 10C5.34315 10 4 8.65685 4 7C4 5.34315 5.34315 4 7 4C8.65685 4 10 5.34315 10 7ZM9 7C9 5.89543 8.10457 5 7 5C5.89543 5 5 5.89543 5 7C5 8.10457 5.89543 9 7 9C8.10457 9 9 8.10457 9 7ZM11.9497 11.955C14.6834 9.2201 14.6834 4.78601 11.9497 2.05115C9.21608 -0.683716 4.78392 -0.683716 2.05025 2.05115C-0.683418 4.78601 -0.683418 9.2201 2.05025 11.955L3.57128 13.4538L5.61408 15.4389L5.74691 15.5567C6.52168 16.1847 7.65623 16.1455 8.38611 15.4391L10.8223 13.0691L11.9497 11.955ZM2.75499 2.75619C5.09944 0.410715 8.90055 0.410715 11.245 2.75619C13.5294 5.04153 13.5879 8.71039 11.4207 11.0667L11.245 11.2499L9.92371 12.5539L7.69315 14.7225L7.60016 14.8021C7.24594 15.0699 6.7543 15.0698 6.40012 14.802L6.30713 14.7224L3.3263 11.817L2.75499 11.2499L2.57927 11.0667C0.412077 8.71039 0.47065 5.04153 2.75499 2.75619Z" fill="#717171"/>
        </svg>
      `;case k.Birthday:return g`
        <svg width="14" height="13" viewBox="0 0 14 13" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M5.81357 0.667333C6.07581 0.320242 6.48151 0 7 0C7.51849 0 7.92419 0.320242 8.18643 0.667333C8.45471 1.0224 8.63508 1.47991 8.69561 1.93392C8.75552 2.3832 8.70532 2.89341 8.42852 3.3086C8.134 3.75039 7.63965 4 7 4C6.36035 4 5.866 3.75039 5.57148 3.3086C5.29468 2.89341 5.24448 2.3832 5.30439 1.93392C5.36492 1.47991 5.54529 1.0224 5.81357 0.667333ZM6.40353 2.7539C6.484 2.87461 6.63965 3 7 3C7.36035 3 7.516 2.87461 7.59647 2.7539C7.69468 2.60659 7.74448 2.3668 7.70439 2.06608C7.66492 1.77009 7.54529 1.4776 7.38857 1.27017C7.22581 1.05476 7.08151 1 7 1C6.91849 1 6.77419 1.05476 6.61143 1.27017C6.45471 1.4776 6.33508 1.77009 6.29561 2.06608C6.25552 2.3668 6.30532 2.60659 6.40353 2.7539ZM1 7C1 5.89543 1.89543 5 3 5H11C12.1046 5 13 5.89543 13 7V12H13.5C13.7761 12 14 12.2239 14 12.5C14 12.7761 13.7761 13 13.5 13H0.5C0.223858 13 0 12.7761 0 12.5C0 12.2239 0.223858 12 0.5 12H1V7ZM2 12H12V9.01931C11.9109 9.10285 11.8174 9.18842 11.7208 9.27412C11.4006 9.55804 11.0346 9.85319 10.6715 10.0802C10.3274 10.2953 9.90815 10.5 9.5 10.5C8.77182 10.5 8.30806 9.98986 8.00471 9.65617C7.9834 9.63273 7.96289 9.61016 7.94312 9.58869C7.5876 9.20261 7.35769 9 7 9C6.64231 9 6.4124 9.20261 6.05688 9.58869C6.03711 9.61016 6.0166 9.63273 5.99529 9.65617C5.69194 9.98986 5.22818 10.5 4.5 10.5C4.10587 10.5 3.69263 10.2897 3.35907 10.0789C3.00198 9.85313 2.63516 9.55951 2.31117 9.27666C2.20329 9.18247 2.09896 9.08844 2 8.9971V12ZM2 7.59993C2.05039 7.65198 2.11363 7.71652 2.1873 7.7902C2.38843 7.99132 2.6649 8.25801 2.96883 8.52334C3.27484 8.79049 3.59802 9.04687 3.89343 9.23362C4.21237 9.43525 4.41413 9.5 4.5 9.5C4.75817 9.5 4.93171 9.33433 5.32125 8.91131L5.32447 8.90781C5.65956 8.5439 6.16039 8 7 8C7.83961 8 8.34044 8.5439 8.67553 8.90781L8.67875 8.91131C9.06828 9.33433 9.24183 9.5 9.5 9.5C9.6106 9.5 9.82569 9.42967 10.1414 9.23229C10.4381 9.04681 10.7573 8.79196 11.0573 8.52588C11.3554 8.26163 11.6238 7.99594 11.8184 7.7955C11.89 7.72165 11.9513 7.65703 12 7.60506V7C12 6.44772 11.5523 6 11 6H3C2.44772 6 2 6.44772 2 7V7.59993Z" fill="#717171"/>
        </svg>
      `;case k.Person:return g`
        <svg width="14" height="16" viewBox="0 0 14 16" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M7 0C4.79086 0 3 1.79086 3 4C3 6.20914 4.79086 8 7 8C9.20914 8 11 6.20914 11 4C11 1.79086 9.20914 0 7 0ZM4 4C4 2.34315 5.34315 1 7 1C8.65685 1 10 2.34315 10 4C10 5.65685 8.65685 7 7 7C5.34315 7 4 5.65685 4 4ZM2.00873 9C0.903151 9 0 9.88687 0 11C0 12.6912 0.83281 13.9663 2.13499 14.7966C3.41697 15.614 5.14526 16 7 16C8.85474 16 10.583 15.614 11.865 14.7966C13.1672 13.9663 14 12.6912 14 11C14 9.89557 13.1045 9.00001 12 9.00001L2.00873 9ZM1 11C1 10.4467 1.44786 10 2.00873 10L12 10C12.5522 10 13 10.4478 13 11C13 12.3088 12.3777 13.2837 11.3274 13.9534C10.2568 14.636 8.73511 15 7 15C5.26489 15 3.74318 14.636 2.67262 13.9534C1.62226 13.2837 1 12.3088 1 11Z" fill="#717171"/>
        </svg>
      `;case k.Messages:return g`
        <svg width="16" height="13" viewBox="0 0 16 13" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M13.5 0C14.8807 0 16 1.11929 16 2.5V10.5C16 11.8807 14.8807 13 13.5 13H2.5C1.11929 13 0 11.8807 0 10.5V2.5C0 1.11929 1.11929 0 2.5 0H13.5ZM15 3.961L8.25351 7.93097C8.12311 8.00767 7.96661 8.02045 7.82751 7.96932L7.74649 7.93097L1 3.963V10.5C1 11.3284 1.67157 12 2.5 12H13.5C14.3284 12 15 11.3284 15 10.5V3.961ZM13.5 1H2.5C1.67157 1 1 1.67157 1 2.5V2.802L8 6.91991L15 2.801V2.5C15 1.67157 14.3284 1 13.5 1Z" fill="#717171"/>
        </svg>
      `;case k.Organization:return g`
        <svg width="16" height="17" viewBox="0 0 16 17" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M7.99992 0C6.34271 0 4.99927 1.34344 4.99927 3.00066C4.99927 4.48754 6.08073 5.72183 7.49999 5.95985V7.5H4.5C3.67157 7.5 3 8.17157 3 9V10.0416C1.5811 10.2799 0.5 11.514 0.5 13.0007C0.5 14.6579 1.84344 16.0013 3.50066 16.0013C5.15787 16.0013 6.50131 14.6579 6.50131 13.0007C6.50131 11.5136 5.41954 10.2791 4 10.0414V9C4 8.72386 4.22386 8.5 4.5 8.5H11.5C11.7761 8.5 12 8.72386 12 9V10.0416C10.5811 10.2799 9.5 11.514 9.5 13.0007C9.5 14.6579 10.8434 16.0013 12.5007 16.0013C14.1579 16.0013 15.5013 14.6579 15.5013 13.0007C15.5013 11.5136 14.4195 10.2791 13 10.0414V9C13 8.17157 12.3284 7.5 11.5 7.5H8.49999V5.95983C9.91918 5.72176 11.0006 4.48749 11.0006 3.00066C11.0006 1.34344 9.65714 0 7.99992 0ZM5.99927 3.00066C5.99927 1.89572 6.89499 1 7.99992 1C9.10485 1 10.0006 1.89572 10.0006 3.00066C10.0006 4.10559 9.10485 5.00131 7.99992 5.00131C6.89499 5.00131 5.99927 4.10559 5.99927 3.00066ZM1.5 13.0007C1.5 11.8957 2.39572 11 3.50066 11C4.60559 11 5.50131 11.8957 5.50131 13.0007C5.50131 14.1056 4.60559 15.0013 3.50066 15.0013C2.39572 15.0013 1.5 14.1056 1.5 13.0007ZM12.5007 11C13.6056 11 14.5013 11.8957 14.5013 13.0007C14.5013 14.1056 13.6056 15.0013 12.5007 15.0013C11.3957 15.0013 10.5 14.1056 10.5 13.0007C10.5 11.8957 11.3957 11 12.5007 11Z" fill="#717171"/>
        </svg>
      `;case k.ExpandRight:return g`
        <svg width="8" height="13" viewBox="0 0 8 13" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M1 12L6.5 6.5L1 1" stroke="#B8B8B8" stroke-width="2" />
        </svg>
      `;case k.Profile:return g`
        <svg width="14" height="16" viewBox="0 0 14 16" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M7 0C4.79086 0 3 1.79086 3 4C3 6.20914 4.79086 8 7 8C9.20914 8 11 6.20914 11 4C11 1.79086 9.20914 0 7 0ZM4 4C4 2.34315 5.34315 1 7 1C8.65685 1 10 2.34315 10 4C10 5.65685 8.65685 7 7 7C5.34315 7 4 5.65685 4 4ZM2.00873 9C0.903151 9 0 9.88687 0 11C0 12.6912 0.83281 13.9663 2.13499 14.7966C3.41697 15.614 5.14526 16 7 16C8.85474 16 10.583 15.614 11.865 14.7966C13.1672 13.9663 14 12.6912 14 11C14 9.89557 13.1045 9.00001 12 9.00001L2.00873 9ZM1 11C1 10.4467 1.44786 10 2.00873 10L12 10C12.5522 10 13 10.4478 13 11C13 12.3088 12.3777 13.2837 11.3274 13.9534C10.2568 14.636 8.73511 15 7 15C5.26489 15 3.74318 14.636 2.67262 13.9534C1.62226 13.2837 1 12.3088 1 11Z" fill="#717171"/>
        </svg>
      `;case k.File:return g`
        <svg width="28" height="28" viewBox="0 0 20 28" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path
            opacity="0.64"
            d="M19.613 6.993L13.018 0.421C12.7473 0.15221 12.3815 0.000947397 12 0H1.4C0.628 0 0 0.615 0 1.372V24.642C0 25.391 0.622 26 1.386 26H18.6C19.372 26 20 25.385 20 24.628V7.923C20 7.577 19.86 7.237 19.613 6.993Z"
            fill="#605E5C"
          />
          <path
            d="M19 24.628C19 24.83 18.816 25 18.6 25H1.386C1.173 25 1 24.84 1 24.642V1.372C1 1.17 1.184 1 1.4 1H12V6.6C12 7.372 12.628 8 13.4 8H19V24.628Z"
            fill="white"
          />
          <path d="M18.204 6.99994L13 1.81494V6.59994C13 6.81994 13.18 6.99994 13.4 6.99994H18.204Z" fill="white" />
        </svg>
      `;case k.Files:return g`
        <svg width="17" height="15" viewBox="0 0 17 15" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M14.9956 4.07309V4C14.9956 2.61929 13.8763 1.5 12.4956 1.5H7.66418L6.06391 0.299946C5.80428 0.105247 5.48851 0 5.16399 0H2.5C1.11916 0 -0.000181445 1.11949 2.20615e-08 2.50033L0.0011832 11.4978C0.00135142 12.7772 0.962583 13.8321 2.2023 13.9798C2.2867 13.9945 2.37375 14.0021 2.46289 14.0021H13.1798C13.8981 14.0021 14.5156 13.4929 14.6524 12.7877L16.0097 5.78769C16.1587 5.01967 15.696 4.29703 14.9956 4.07309ZM2.5 1H5.16399C5.27216 1 5.37742 1.03508 5.46396 1.09998L7.19756 2.40002C7.2841 2.46492 7.38936 2.5 7.49753 2.5H12.4956C13.324 2.5 13.9956 3.17157 13.9956 4V4.00214H3.824C3.10596 4.00214 2.48863 4.511 2.35158 5.21583L1.05351 11.8916C1.01941 11.7661 1.0012 11.634 1.00118 11.4976L1 2.5002C0.999891 1.67169 1.6715 1 2.5 1ZM3.33319 5.4067C3.37888 5.17176 3.58465 5.00214 3.824 5.00214H14.5372C14.8515 5.00214 15.0879 5.28874 15.028 5.59732L13.6706 12.5973C13.6251 12.8324 13.4192 13.0021 13.1798 13.0021H2.46289C2.14845 13.0021 1.91206 12.7154 1.97208 12.4067L3.33319 5.4067Z" fill="#717171"/>
        </svg>
      `;case k.Back:return g`
        <svg width="16" height="16" viewBox="0 0 16 16" xmlns="http://www.w3.org/2000/svg">
          <path
            d="M16 8.5H1.95312L8.10156 14.6484L7.39844 15.3516L0.046875 8L7.39844 0.648438L8.10156 1.35156L1.95312 7.5H16V8.5Z"
          />
        </svg>
      `;case k.Close:return g`
        <svg width="10" height="10" viewBox="0 0 10 10" fill="currentColor" xmlns="http://www.w3.org/2000/svg">
          <path d="M5.73838 5.032L9.70337 1.067L8.99638 0.360001L5.03137 4.325L1.06637 0.360001L0.359375 1.067L4.32438 5.032L0.359375 8.997L1.06637 9.704L5.03137 5.739L8.99638 9.704L9.70337 8.997L5.73838 5.032Z" fill="currentColor"/>
        </svg>
     `;case k.Upload:return g`
        <svg class="upload-icon" width="21" height="12" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M4.5 2C4.08579 2 3.75 2.33579 3.75 2.75C3.75 3.16421 4.08579 3.5 4.5 3.5H15C15.4142 3.5 15.75 3.16421 15.75 2.75C15.75 2.33579 15.4142 2 15 2H4.5ZM10.4963 17.3493C10.4466 17.7154 10.1328 17.9976 9.75311 17.9976C9.3389 17.9976 9.00311 17.6618 9.00311 17.2476L9.00249 7.05856L6.02995 10.026L5.94578 10.0986C5.65202 10.3162 5.23537 10.2917 4.96929 10.0253C4.67661 9.73215 4.67695 9.25728 4.97005 8.96459L9.25962 4.67989C9.33377 4.61512 9.42089 4.56485 9.5169 4.53385L9.59777 4.51072C9.64749 4.50019 9.69837 4.4947 9.74849 4.4947L9.80855 4.49661L9.87781 4.50451L9.99828 4.53462L10.0895 4.57254L10.1259 4.59371L10.2169 4.6523L10.2875 4.71481L14.5303 8.96546L14.6029 9.04964C14.8205 9.34345 14.7959 9.7601 14.5294 10.0261L14.4452 10.0987C14.1514 10.3162 13.7347 10.2917 13.4687 10.0251L10.5025 7.05456L10.5031 17.2476L10.4963 17.3493Z" fill="#ffffff"/>
        </svg>
      `;case k.FileCloud:return g`
        <svg width="16" height="16"  xmlns="http://www.w3.org/2000/svg">
          <path
            d="m8,0c2.8166,0 4.4145,1.9233 4.6469,4.246l0.071,0c1.8127,0 3.2821,1.5119 3.2821,3.377c0,0.0953 -0.0038,0.1897 -0.0114,0.283c-0.322,-0.4017 -0.6967,-0.7591 -1.1138,-1.062c-0.3104,-0.9329 -1.1627,-1.598 -2.1568,-1.598l-0.0711,0c-0.5137,0 -0.9439,-0.3893 -0.9951,-0.9005c-0.2021,-2.0206 -1.5433,-3.3455 -3.6518,-3.3455c-2.1139,0 -3.4489,1.3159 -3.6518,3.3455c-0.0511,0.5112 -0.4813,0.9005 -0.9951,0.9005l-0.071,0c-1.2539,0 -2.2821,1.0579 -2.2821,2.377c0,1.3191 1.0282,2.377 2.2821,2.377l2.6655,0c-0.087,0.323 -0.1466,0.6572 -0.1762,1l-2.4893,0c-1.8127,0 -3.2821,-1.5119 -3.2821,-3.377c0,-1.8029 1.3731,-3.2758 3.102,-3.372l0.2511,-0.005c0.2338,-2.338 1.8303,-4.246 4.6469,-4.246zm3.5,16c2.4853,0 4.5,-2.0147 4.5,-4.5c0,-2.4853 -2.0147,-4.5 -4.5,-4.5c-2.4853,0 -4.5,2.0147 -4.5,4.5c0,2.4853 2.0147,4.5 4.5,4.5zm0,-7c0.2761,0 0.5,0.2239 0.5,0.5l0,1.5l1.5,0c0.2761,0 0.5,0.2239 0.5,0.5c0,0.2761 -0.2239,0.5 -0.5,0.5l-1.5,0l0,1.5c0,0.2761 -0.2239,0.5 -0.5,0.5c-0.2761,0 -0.5,-0.2239 -0.5,-0.5l0,-1.5l-1.5,0c-0.2761,0 -0.5,-0.2239 -0.5,-0.5c0,-0.2761 0.2239,-0.5 0.5,-0.5l1.5,0l0,-1.5c0,-0.2761 0.2239,-0.5 0.5,-0.5z" fill="#0078D4"
          />
        </svg>
      `;case k.DragFile:return g`
        <svg width="13" height="16" xmlns="http://www.w3.org/2000/svg">
          <path
            d="m0,1.00189c0,-0.8451 0.983,-1.3091 1.636,-0.772l11.006,9.0622c0.724,0.5964 0.302,1.772 -0.636,1.772l-5.592,0c-0.435,0 -0.849,0.1892 -1.134,0.5185l-3.524,4.0725c-0.606,0.7003 -1.756,0.2717 -1.756,-0.6544l0,-13.9988zm12.006,9.0622l-11.006,-9.0622l0,13.9988l3.524,-4.0724c0.475,-0.5488 1.164,-0.8642 1.89,-0.8642l5.592,0z"
          />
        </svg>
      `;case k.Cancel:return g`
        <svg width="11" height="11" viewBox="0 0 11 11" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M0.588591 0.715694L0.646447 0.646447C0.820013 0.47288 1.08944 0.453595 1.28431 0.588591L1.35355 0.646447L6 5.293L10.6464 0.646447C10.8417 0.451185 11.1583 0.451185 11.3536 0.646447C11.5488 0.841709 11.5488 1.15829 11.3536 1.35355L6.707 6L11.3536 10.6464C11.5271 10.82 11.5464 11.0894 11.4114 11.2843L11.3536 11.3536C11.18 11.5271 10.9106 11.5464 10.7157 11.4114L10.6464 11.3536L6 6.707L1.35355 11.3536C1.15829 11.5488 0.841709 11.5488 0.646447 11.3536C0.451185 11.1583 0.451185 10.8417 0.646447 10.6464L5.293 6L0.646447 1.35355C0.47288 1.17999 0.453595 0.910563 0.588591 0.715694L0.646447 0.646447L0.588591 0.715694Z" fill="currentColor"/>
        </svg>
     `;case k.Success:return g`
        <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
          <path fill="#009E00" d="m6.322,12c3.492,0 6.323,-2.6863 6.323,-6c0,-3.3137 -2.831,-6 -6.323,-6c-3.491,0 -6.322,2.6863 -6.322,6c0,3.3137 2.831,6 6.322,6z"/>
          <path fill="white" d="m9.629,3.7509c-0.131,-0.125 -0.31,-0.1952 -0.496,-0.1952c-0.187,0 -0.365,0.0702 -0.497,0.1952l-3.267,3.1l-1.393,-1.3222c-0.177,-0.1695 -0.436,-0.2361 -0.68,-0.1746c-0.243,0.0615 -0.433,0.2418 -0.497,0.4725c-0.065,0.2307 0.005,0.4767 0.184,0.6449l1.807,1.7154c0.019,0.0331 0.041,0.0646 0.066,0.094c0.289,0.2562 0.738,0.2562 1.027,0c0.024,-0.0294 0.047,-0.0609 0.065,-0.0941l3.681,-3.4931c0.275,-0.2603 0.275,-0.6824 0,-0.9428z"/>
        </svg>
      `;case k.CheckMark:return g`
      <svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">
        <path class="filled" d="M10 0C15.5228 0 20 4.47715 20 10C20 15.5228 15.5228 20 10 20C4.47715 20 0 15.5228 0 10C0 4.47715 4.47715 0 10 0ZM13.2197 6.96967L8.75 11.4393L6.78033 9.46967C6.48744 9.17678 6.01256 9.17678 5.71967 9.46967C5.42678 9.76256 5.42678 10.2374 5.71967 10.5303L8.21967 13.0303C8.51256 13.3232 8.98744 13.3232 9.28033 13.0303L14.2803 8.03033C14.5732 7.73744 14.5732 7.26256 14.2803 6.96967C13.9874 6.67678 13.5126 6.67678 13.2197 6.96967Z" fill="currentColor"/>
        <path class="regular" d="M10 1.5C5.30558 1.5 1.5 5.30558 1.5 10C1.5 14.6944 5.30558 18.5 10 18.5C14.6944 18.5 18.5 14.6944 18.5 10C18.5 5.30558 14.6944 1.5 10 1.5ZM0 10C0 4.47715 4.47715 0 10 0C15.5228 0 20 4.47715 20 10C20 15.5228 15.5228 20 10 20C4.47715 20 0 15.5228 0 10Z" fill="currentColor"/>
      </svg>
      `;case k.Radio:return g`
      <svg width="66" height="20" viewBox="0 0 66 20" fill="none" xmlns="http://www.w3.org/2000/svg">
        <rect x="0.5" y="0.5" width="19" height="19" rx="9.5" fill="#F3F3F3"/>
        <rect x="0.5" y="0.5" width="19" height="19" rx="9.5" stroke="#636363"/>
        <path d="M36.5596 16H35.1924L33.5107 13.2178C33.1963 12.6982 32.9274 12.3656 32.7041 12.2197C32.4808 12.0693 32.2096 11.9941 31.8906 11.9941H30.7627V16H29.6143V6.19727H32.54C33.3923 6.19727 34.1009 6.42285 34.666 6.87402C35.2357 7.3252 35.5205 7.99056 35.5205 8.87012C35.5205 9.56283 35.3405 10.1439 34.9805 10.6133C34.6204 11.0827 34.126 11.4222 33.4971 11.6318V11.6592C33.7021 11.7822 33.8822 11.9167 34.0371 12.0625C34.1921 12.2083 34.3561 12.4225 34.5293 12.7051L36.5596 16ZM30.7627 7.23633V10.9551H32.3213C32.891 10.9551 33.3649 10.7705 33.7432 10.4014C34.126 10.0322 34.3174 9.55371 34.3174 8.96582C34.3174 8.44173 34.1465 8.02246 33.8047 7.70801C33.4674 7.39355 32.9775 7.23633 32.335 7.23633H30.7627ZM42.8008 16H41.6797V14.9062H41.6523C41.4108 15.3255 41.1123 15.64 40.7568 15.8496C40.4059 16.0592 39.9958 16.1641 39.5264 16.1641C38.8701 16.1641 38.3392 15.9727 37.9336 15.5898C37.528 15.207 37.3252 14.6989 37.3252 14.0654C37.3252 13.4684 37.5303 12.974 37.9404 12.582C38.3506 12.1901 38.9316 11.9395 39.6836 11.8301L41.6797 11.5635V11.4062C41.6797 10.8184 41.543 10.4014 41.2695 10.1553C40.9961 9.90462 40.6315 9.7793 40.1758 9.7793C39.8112 9.7793 39.4603 9.84766 39.123 9.98438C38.7858 10.1211 38.4691 10.3307 38.1729 10.6133L37.5166 9.93652C37.9085 9.55827 38.3255 9.28027 38.7676 9.10254C39.2096 8.9248 39.7018 8.83594 40.2441 8.83594C41.0918 8.83594 41.7298 9.05469 42.1582 9.49219C42.5866 9.92513 42.8008 10.5768 42.8008 11.4473V16ZM41.6797 13.1562V12.459L39.9912 12.6914C39.4762 12.7643 39.0889 12.8942 38.8291 13.0811C38.5693 13.2679 38.4395 13.5618 38.4395 13.9629C38.4395 14.3822 38.5602 14.7035 38.8018 14.9268C39.0479 15.1455 39.3464 15.2549 39.6973 15.2549C40.3034 15.2549 40.7842 15.0566 41.1396 14.6602C41.4997 14.2637 41.6797 13.7624 41.6797 13.1562ZM49.7939 14.8105C49.5342 15.2617 49.2038 15.6012 48.8027 15.8291C48.4062 16.0524 47.9346 16.1641 47.3877 16.1641C46.5081 16.1641 45.804 15.8519 45.2754 15.2275C44.7513 14.5986 44.4893 13.7441 44.4893 12.6641C44.4893 11.5065 44.7809 10.5791 45.3643 9.88184C45.9476 9.18457 46.7246 8.83594 47.6953 8.83594C48.1784 8.83594 48.5931 8.93164 48.9395 9.12305C49.2904 9.3099 49.5752 9.59245 49.7939 9.9707H49.8213V5.63672H50.9424V16H49.8213V14.8105H49.7939ZM45.6377 12.6094C45.6377 13.416 45.8245 14.054 46.1982 14.5234C46.5765 14.9883 47.0824 15.2207 47.7158 15.2207C48.3447 15.2207 48.8529 14.9951 49.2402 14.5439C49.6276 14.0928 49.8213 13.5231 49.8213 12.835V11.8027C49.8213 11.2376 49.6322 10.7591 49.2539 10.3672C48.8802 9.97526 48.4085 9.7793 47.8389 9.7793C47.1553 9.7793 46.6175 10.0299 46.2256 10.5312C45.8337 11.0326 45.6377 11.7253 45.6377 12.6094ZM53.7861 7.3252C53.5583 7.3252 53.3669 7.25 53.2119 7.09961C53.057 6.94466 52.9795 6.75553 52.9795 6.53223C52.9795 6.30892 53.057 6.12207 53.2119 5.97168C53.3669 5.81673 53.5583 5.73926 53.7861 5.73926C54.014 5.73926 54.2054 5.81673 54.3604 5.97168C54.5153 6.12207 54.5928 6.30892 54.5928 6.53223C54.5928 6.75553 54.5153 6.94466 54.3604 7.09961C54.2054 7.25 54.014 7.3252 53.7861 7.3252ZM54.333 16H53.2119V9H54.333V16ZM59.5283 16.1641C58.4938 16.1641 57.6667 15.8382 57.0469 15.1865C56.4316 14.5303 56.124 13.6621 56.124 12.582C56.124 11.4108 56.443 10.4948 57.0811 9.83398C57.7191 9.17318 58.5895 8.84049 59.6924 8.83594C60.736 8.83138 61.5495 9.15267 62.1328 9.7998C62.7207 10.4469 63.0146 11.3379 63.0146 12.4727C63.0146 13.5938 62.6979 14.4893 62.0645 15.1592C61.4355 15.8291 60.5902 16.1641 59.5283 16.1641ZM59.6104 15.2207C60.335 15.2207 60.891 14.986 61.2783 14.5166C61.6702 14.0426 61.8662 13.375 61.8662 12.5137C61.8662 11.6341 61.6702 10.9596 61.2783 10.4902C60.8864 10.0163 60.3304 9.7793 59.6104 9.7793C58.8903 9.7793 58.3206 10.0254 57.9014 10.5176C57.4821 11.0098 57.2725 11.6842 57.2725 12.541C57.2725 13.3704 57.4844 14.0244 57.9082 14.5029C58.332 14.9814 58.8994 15.2207 59.6104 15.2207Z" fill="#1A1A1A"/>
      </svg>
      `;case k.Fail:return g`
        <svg width="12" height="12" xmlns="http://www.w3.org/2000/svg">
          <path fill="#EF355D" d="m6,12c3.314,0 6,-2.6863 6,-6c0,-3.3137 -2.686,-6 -6,-6c-3.314,0 -6,2.6863 -6,6c0,3.3137 2.686,6 6,6z"/>
          <path fill="white" d="m6.943,6.0004l1.544,-1.5444c0.169,-0.1683 0.236,-0.4142 0.174,-0.6448c-0.061,-0.2306 -0.241,-0.4107 -0.472,-0.4722c-0.231,-0.0616 -0.477,0.0049 -0.645,0.1742l-1.544,1.5443l-1.545,-1.5443c-0.26,-0.259 -0.681,-0.2583 -0.941,0.0014c-0.26,0.2598 -0.26,0.6808 -0.001,0.9414l1.544,1.5444l-1.544,1.5444c-0.259,0.2606 -0.259,0.6815 0.001,0.9413c0.26,0.2598 0.681,0.2604 0.941,0.0015l1.545,-1.5444l1.544,1.5444c0.261,0.2589 0.682,0.2583 0.942,-0.0015c0.259,-0.2598 0.26,-0.6807 0.001,-0.9413l-1.544,-1.5444z" />
        </svg>
      `;case k.SelectAccount:return g`
    <svg xmlns="http://www.w3.org/2000/svg" width="17" height="17" viewBox="0 0 17 17" fill="none">
      <path fill=${e} d="M6.22176 13.9567C3.55468 13.653 2 11.8026 2 10V9.5C2 8.67157 2.67157 8 3.5 8H5.59971C5.43777 8.31679 5.30564 8.65136 5.20703 9H3.5C3.22386 9 3 9.22386 3 9.5V10C3 11.1281 3.88187 12.333 5.50235 12.7996C5.69426 13.216 5.93668 13.6043 6.22176 13.9567ZM9.62596 5.06907C9.70657 4.81036 9.75 4.53525 9.75 4.25C9.75 2.73122 8.51878 1.5 7 1.5C5.48122 1.5 4.25 2.73122 4.25 4.25C4.25 5.53662 5.13357 6.61687 6.32704 6.91706C6.64202 6.55055 7.00446 6.226 7.40482 5.95294C7.27488 5.98371 7.13934 6 7 6C6.0335 6 5.25 5.2165 5.25 4.25C5.25 3.2835 6.0335 2.5 7 2.5C7.9665 2.5 8.75 3.2835 8.75 4.25C8.75 4.73141 8.55561 5.16743 8.24104 5.48382C8.67558 5.28783 9.14016 5.14664 9.62596 5.06907ZM10.5 15C12.9853 15 15 12.9853 15 10.5C15 8.01472 12.9853 6 10.5 6C8.01472 6 6 8.01472 6 10.5C6 12.9853 8.01472 15 10.5 15ZM10.5 8C10.7761 8 11 8.22386 11 8.5V10H12.5C12.7761 10 13 10.2239 13 10.5C13 10.7761 12.7761 11 12.5 11H11V12.5C11 12.7761 10.7761 13 10.5 13C10.2239 13 10 12.7761 10 12.5V11H8.5C8.22386 11 8 10.7761 8 10.5C8 10.2239 8.22386 10 8.5 10H10V8.5C10 8.22386 10.2239 8 10.5 8Z"/>
    </svg>
  `;case k.News:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
        <path d="M18.75 20H5.25C3.51697 20 2.10075 18.6435 2.00514 16.9344L2 16.75V6.25C2 5.05914 2.92516 4.08436 4.09595 4.00519L4.25 4H16.75C17.9409 4 18.9156 4.92516 18.9948 6.09595L19 6.25V7H19.75C20.9409 7 21.9156 7.92516 21.9948 9.09595L22 9.25V16.75C22 18.483 20.6435 19.8992 18.9344 19.9949L18.75 20H5.25H18.75ZM5.25 18.5H18.75C19.6682 18.5 20.4212 17.7929 20.4942 16.8935L20.5 16.75V9.25C20.5 8.8703 20.2178 8.55651 19.8518 8.50685L19.75 8.5H19V16.25C19 16.6297 18.7178 16.9435 18.3518 16.9932L18.25 17C17.8703 17 17.5565 16.7178 17.5068 16.3518L17.5 16.25V6.25C17.5 5.8703 17.2178 5.55651 16.8518 5.50685L16.75 5.5H4.25C3.8703 5.5 3.55651 5.78215 3.50685 6.14823L3.5 6.25V16.75C3.5 17.6682 4.20711 18.4212 5.10647 18.4942L5.25 18.5H18.75H5.25ZM12.246 14.5H15.2522C15.6665 14.5 16.0022 14.8358 16.0022 15.25C16.0022 15.6297 15.7201 15.9435 15.354 15.9932L15.2522 16H12.246C11.8318 16 11.496 15.6642 11.496 15.25C11.496 14.8703 11.7782 14.5565 12.1442 14.5068L12.246 14.5H15.2522H12.246ZM9.24328 11.0045C9.6575 11.0045 9.99328 11.3403 9.99328 11.7545V15.25C9.99328 15.6642 9.6575 16 9.24328 16H5.74776C5.33355 16 4.99776 15.6642 4.99776 15.25V11.7545C4.99776 11.3403 5.33355 11.0045 5.74776 11.0045H9.24328ZM8.49328 12.5045H6.49776V14.5H8.49328V12.5045ZM12.246 11.0045H15.2522C15.6665 11.0045 16.0022 11.3403 16.0022 11.7545C16.0022 12.1342 15.7201 12.448 15.354 12.4976L15.2522 12.5045H12.246C11.8318 12.5045 11.496 12.1687 11.496 11.7545C11.496 11.3748 11.7782 11.061 12.1442 11.0113L12.246 11.0045H15.2522H12.246ZM5.74776 7.50247H15.2522C15.6665 7.50247 16.0022 7.83826 16.0022 8.25247C16.0022 8.63217 15.7201 8.94596 15.354 8.99563L15.2522 9.00247H5.74776C5.33355 9.00247 4.99776 8.66669 4.99776 8.25247C4.99776 7.87278 5.27991 7.55898 5.64599 7.50932L5.74776 7.50247H15.2522H5.74776Z" fill="none" />
      </svg>
      `;case k.DoubleBookmark:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M4 6.74814C4 5.50535 5.00742 4.49786 6.25013 4.49786H15.2506C16.4933 4.49786 17.5008 5.50535 17.5008 6.74814V21.2499C17.5008 21.5185 17.3572 21.7666 17.1243 21.9003C16.8914 22.0341 16.6048 22.0332 16.3728 21.8978L10.7504 18.6179L5.12797 21.8978C4.89599 22.0332 4.60936 22.0341 4.37648 21.9003C4.14359 21.7666 4 21.5185 4 21.2499V6.74814ZM6.25013 5.99805C5.83589 5.99805 5.50008 6.33387 5.50008 6.74814V19.944L10.3725 17.1016C10.606 16.9653 10.8948 16.9653 11.1283 17.1016L16.0007 19.944V6.74814C16.0007 6.33387 15.6649 5.99805 15.2506 5.99805H6.25013ZM15.2497 2C17.8732 2 20 4.12691 20 6.75058V18.6232C20 19.0374 19.6642 19.3733 19.25 19.3733C18.8357 19.3733 18.4999 19.0374 18.4999 18.6232V6.75058C18.4999 4.95543 17.0448 3.50018 15.2497 3.50018H6.63687C6.63687 3.50018 6.75016 2.94339 7.43379 2.41948C8.00023 2 8.60182 2 8.60182 2H15.2497Z" fill="none" />
        </svg>
      `;case k.ChevronLeft:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M15.5303 4.21967C15.8232 4.51256 15.8232 4.98744 15.5303 5.28033L8.81066 12L15.5303 18.7197C15.8232 19.0126 15.8232 19.4874 15.5303 19.7803C15.2374 20.0732 14.7626 20.0732 14.4697 19.7803L7.21967 12.5303C6.92678 12.2374 6.92678 11.7626 7.21967 11.4697L14.4697 4.21967C14.7626 3.92678 15.2374 3.92678 15.5303 4.21967Z" fill="none" />
        </svg>`;case k.ChevronRight:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M8.46967 4.21967C8.17678 4.51256 8.17678 4.98744 8.46967 5.28033L15.1893 12L8.46967 18.7197C8.17678 19.0126 8.17678 19.4874 8.46967 19.7803C8.76256 20.0732 9.23744 20.0732 9.53033 19.7803L16.7803 12.5303C17.0732 12.2374 17.0732 11.7626 16.7803 11.4697L9.53033 4.21967C9.23744 3.92678 8.76256 3.92678 8.46967 4.21967Z" fill="currentColor" />
        </svg>`;case k.Delete:return g`
        <svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M8.5 4H11.5C11.5 3.17157 10.8284 2.5 10 2.5C9.17157 2.5 8.5 3.17157 8.5 4ZM7.5 4C7.5 2.61929 8.61929 1.5 10 1.5C11.3807 1.5 12.5 2.61929 12.5 4H17.5C17.7761 4 18 4.22386 18 4.5C18 4.77614 17.7761 5 17.5 5H16.4456L15.2521 15.3439C15.0774 16.8576 13.7957 18 12.2719 18H7.72813C6.20431 18 4.92256 16.8576 4.7479 15.3439L3.55437 5H2.5C2.22386 5 2 4.77614 2 4.5C2 4.22386 2.22386 4 2.5 4H7.5ZM5.74131 15.2292C5.85775 16.2384 6.71225 17 7.72813 17H12.2719C13.2878 17 14.1422 16.2384 14.2587 15.2292L15.439 5H4.56101L5.74131 15.2292ZM8.5 7.5C8.77614 7.5 9 7.72386 9 8V14C9 14.2761 8.77614 14.5 8.5 14.5C8.22386 14.5 8 14.2761 8 14V8C8 7.72386 8.22386 7.5 8.5 7.5ZM12 8C12 7.72386 11.7761 7.5 11.5 7.5C11.2239 7.5 11 7.72386 11 8V14C11 14.2761 11.2239 14.5 11.5 14.5C11.7761 14.5 12 14.2761 12 14V8Z" fill="currentColor"/>
        </svg>
    `;case k.Add:return g`
        <svg width="16" height="15" viewBox="0 0 16 15" fill="currentColor" xmlns="http://www.w3.org/2000/svg">
          <path d="M8.39563 0.5C8.39563 0.223858 8.17177 0 7.89563 0C7.61949 0 7.39563 0.223858 7.39563 0.5V7H0.89563C0.619487 7 0.39563 7.22386 0.39563 7.5C0.39563 7.77614 0.619487 8 0.89563 8H7.39563V14.5C7.39563 14.7761 7.61949 15 7.89563 15C8.17177 15 8.39563 14.7761 8.39563 14.5V8H14.8956C15.1718 8 15.3956 7.77614 15.3956 7.5C15.3956 7.22386 15.1718 7 14.8956 7H8.39563V0.5Z" fill="${e}"/>
        </svg>`;case k.Calendar:return g`
        <svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">
          <path d="M7 11C7.55228 11 8 10.5523 8 10C8 9.44771 7.55228 9 7 9C6.44772 9 6 9.44771 6 10C6 10.5523 6.44772 11 7 11ZM8 13C8 13.5523 7.55228 14 7 14C6.44772 14 6 13.5523 6 13C6 12.4477 6.44772 12 7 12C7.55228 12 8 12.4477 8 13ZM10 11C10.5523 11 11 10.5523 11 10C11 9.44771 10.5523 9 10 9C9.44771 9 9 9.44771 9 10C9 10.5523 9.44771 11 10 11ZM11 13C11 13.5523 10.5523 14 10 14C9.44771 14 9 13.5523 9 13C9 12.4477 9.44771 12 10 12C10.5523 12 11 12.4477 11 13ZM13 11C13.5523 11 14 10.5523 14 10C14 9.44771 13.5523 9 13 9C12.4477 9 12 9.44771 12 10C12 10.5523 12.4477 11 13 11ZM17 5.5C17 4.11929 15.8807 3 14.5 3H5.5C4.11929 3 3 4.11929 3 5.5V14.5C3 15.8807 4.11929 17 5.5 17H14.5C15.8807 17 17 15.8807 17 14.5V5.5ZM4 7H16V14.5C16 15.3284 15.3284 16 14.5 16H5.5C4.67157 16 4 15.3284 4 14.5V7ZM5.5 4H14.5C15.3284 4 16 4.67157 16 5.5V6H4V5.5C4 4.67157 4.67157 4 5.5 4Z" fill=${e}/>
        </svg>
    `;case k.Planner:return g`
        <svg width="24" height="24" fill="none" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">
          <path d="M17.75 3A3.25 3.25 0 0 1 21 6.25v11.5A3.25 3.25 0 0 1 17.75 21H6.25A3.25 3.25 0 0 1 3 17.75V6.25A3.25 3.25 0 0 1 6.25 3h11.5Zm1.75 5.5h-15v9.25c0 .966.784 1.75 1.75 1.75h11.5a1.75 1.75 0 0 0 1.75-1.75V8.5Zm-11.75 6a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Zm4.25 0a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Zm-4.25-4a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Zm4.25 0a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Zm4.25 0a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Zm1.5-6H6.25A1.75 1.75 0 0 0 4.5 6.25V7h15v-.75a1.75 1.75 0 0 0-1.75-1.75Z" fill="${e}"/>
        </svg>`;case k.Milestone:return g`
        <svg width="24" height="24" fill="${e}" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">
          <path d="M15.25 13c.966 0 1.75.784 1.75 1.75v4.5A1.75 1.75 0 0 1 15.25 21H3.75A1.75 1.75 0 0 1 2 19.25v-4.5c0-.966.783-1.75 1.75-1.75h11.5ZM21 14.899v5.351a.75.75 0 0 1-1.494.102l-.006-.102v-5.338a3.006 3.006 0 0 0 1.5-.013Zm-5.75-.399H3.75a.25.25 0 0 0-.25.25v4.5c0 .138.111.25.25.25h11.5a.25.25 0 0 0 .25-.25v-4.5a.25.25 0 0 0-.25-.25Zm5-4.408a1.908 1.908 0 1 1 0 3.816 1.908 1.908 0 0 1 0-3.816ZM15.244 3c.967 0 1.75.784 1.75 1.75v4.5a1.75 1.75 0 0 1-1.75 1.75h-11.5a1.75 1.75 0 0 1-1.75-1.75v-4.5a1.75 1.75 0 0 1 1.607-1.744L3.745 3h11.5Zm0 1.5h-11.5l-.057.007a.25.25 0 0 0-.193.243v4.5c0 .138.112.25.25.25h11.5a.25.25 0 0 0 .25-.25v-4.5a.25.25 0 0 0-.25-.25ZM20.25 3a.75.75 0 0 1 .743.648L21 3.75v5.351a3.004 3.004 0 0 0-1.5-.013V3.75a.75.75 0 0 1 .75-.75Z" fill="${e}"/>
        </svg>`;case k.PersonAdd:return g`
        <svg width="20" height="20" viewBox="0 0 20 20" xmlns="http://www.w3.org/2000/svg" class="svg" fill="currentColor">
          <path d="M9 2a4 4 0 100 8 4 4 0 000-8zM6 6a3 3 0 116 0 3 3 0 01-6 0z"></path>
          <path d="M4 11a2 2 0 00-2 2c0 1.7.83 2.97 2.13 3.8A9.14 9.14 0 009 18c.41 0 .82-.02 1.21-.06A5.5 5.5 0 019.6 17 12 12 0 019 17a8.16 8.16 0 01-4.33-1.05A3.36 3.36 0 013 13a1 1 0 011-1h5.6c.18-.36.4-.7.66-1H4z"></path>
          <path d="M14.5 19a4.5 4.5 0 100-9 4.5 4.5 0 000 9zm0-7c.28 0 .5.22.5.5V14h1.5a.5.5 0 010 1H15v1.5a.5.5 0 01-1 0V15h-1.5a.5.5 0 010-1H14v-1.5c0-.28.22-.5.5-.5z"></path>
        </svg>`;case k.Event:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M17.75 3C19.5449 3 21 4.45507 21 6.25V17.75C21 19.5449 19.5449 21 17.75 21H6.25C4.45507 21 3 19.5449 3 17.75V6.25C3 4.45507 4.45507 3 6.25 3H17.75ZM19.5 8.5H4.5V17.75C4.5 18.7165 5.2835 19.5 6.25 19.5H17.75C18.7165 19.5 19.5 18.7165 19.5 17.75V8.5ZM7.75 14.5C8.44036 14.5 9 15.0596 9 15.75C9 16.4404 8.44036 17 7.75 17C7.05964 17 6.5 16.4404 6.5 15.75C6.5 15.0596 7.05964 14.5 7.75 14.5ZM12 14.5C12.6904 14.5 13.25 15.0596 13.25 15.75C13.25 16.4404 12.6904 17 12 17C11.3096 17 10.75 16.4404 10.75 15.75C10.75 15.0596 11.3096 14.5 12 14.5ZM7.75 10.5C8.44036 10.5 9 11.0596 9 11.75C9 12.4404 8.44036 13 7.75 13C7.05964 13 6.5 12.4404 6.5 11.75C6.5 11.0596 7.05964 10.5 7.75 10.5ZM12 10.5C12.6904 10.5 13.25 11.0596 13.25 11.75C13.25 12.4404 12.6904 13 12 13C11.3096 13 10.75 12.4404 10.75 11.75C10.75 11.0596 11.3096 10.5 12 10.5ZM16.25 10.5C16.9404 10.5 17.5 11.0596 17.5 11.75C17.5 12.4404 16.9404 13 16.25 13C15.5596 13 15 12.4404 15 11.75C15 11.0596 15.5596 10.5 16.25 10.5ZM17.75 4.5H6.25C5.2835 4.5 4.5 5.2835 4.5 6.25V7H19.5V6.25C19.5 5.2835 18.7165 4.5 17.75 4.5Z" fill="none" />
        </svg>
      `;case k.BookOpen:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M12 19.1375C11.4986 19.6686 10.788 20 10 20H3.75C2.7835 20 2 19.2165 2 18.25V5.75C2 4.7835 2.7835 4 3.75 4H10C10.788 4 11.4986 4.33145 12 4.86253C12.5014 4.33145 13.212 4 14 4H20.25C21.2165 4 22 4.7835 22 5.75V18.25C22 19.2165 21.2165 20 20.25 20H14C13.212 20 12.5014 19.6686 12 19.1375ZM3.5 5.75V18.25C3.5 18.3881 3.61193 18.5 3.75 18.5H10C10.6904 18.5 11.25 17.9404 11.25 17.25V6.75C11.25 6.05964 10.6904 5.5 10 5.5H3.75C3.61193 5.5 3.5 5.61193 3.5 5.75ZM12.75 17.25C12.75 17.9404 13.3096 18.5 14 18.5H20.25C20.3881 18.5 20.5 18.3881 20.5 18.25V5.75C20.5 5.61193 20.3881 5.5 20.25 5.5H14C13.3096 5.5 12.75 6.05964 12.75 6.75V17.25Z" fill="none" />
        </svg>
      `;case k.FileOuter:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M6 2C4.89543 2 4 2.89543 4 4V20C4 21.1046 4.89543 22 6 22H18C19.1046 22 20 21.1046 20 20V9.82777C20 9.29733 19.7893 8.78863 19.4142 8.41355L13.5864 2.58579C13.2114 2.21071 12.7027 2 12.1722 2H6ZM5.5 4C5.5 3.72386 5.72386 3.5 6 3.5H12V8C12 9.10457 12.8954 10 14 10H18.5V20C18.5 20.2761 18.2761 20.5 18 20.5H6C5.72386 20.5 5.5 20.2761 5.5 20V4ZM17.3793 8.5H14C13.7239 8.5 13.5 8.27614 13.5 8V4.62066L17.3793 8.5Z" fill="none" />
        </svg>
      `;case k.BookQuestion:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M10.9998 8.01752C10.9905 8.42363 10.6584 8.74999 10.25 8.74999C9.5 8.74999 9.5 7.9989 9.5 7.9989L9.5 7.99777L9.50001 7.99539L9.50006 7.99017C9.50032 7.9755 9.50072 7.96084 9.50144 7.94618C9.50262 7.92198 9.50473 7.89159 9.50846 7.8559C9.51591 7.78477 9.52996 7.69092 9.55665 7.58186C9.60973 7.36492 9.71565 7.07652 9.92848 6.78906C10.3825 6.17582 11.1982 5.72727 12.513 5.7501C13.4627 5.76659 14.3059 6.16497 14.834 6.82047C15.371 7.48704 15.5517 8.3902 15.1964 9.27853C14.8342 10.1839 14.0149 10.5437 13.5442 10.7503L13.4932 10.7728C13.2147 10.8957 13.0813 10.9599 13.0013 11.024L13 11.0251L13 11.7492C13.0001 12.1634 12.6643 12.4999 12.2501 12.5C11.8359 12.5 11.5001 12.1643 11.5 11.7501L11.5 11C11.5 10.4769 11.752 10.1029 12.0633 9.85345C12.3134 9.65303 12.6276 9.51483 12.8491 9.4174L12.8875 9.40049C13.4292 9.16137 13.6868 9.01346 13.8036 8.72145C13.9483 8.35977 13.8789 8.02596 13.6659 7.76153C13.4439 7.48604 13.0371 7.25943 12.487 7.24988C11.5518 7.23364 11.2425 7.53509 11.134 7.68162C11.0656 7.77404 11.0309 7.86797 11.0137 7.93838C11.0052 7.973 11.0017 7.99908 11.0003 8.01197L10.9998 8.01752ZM12.25 15.5C12.8023 15.5 13.25 15.0523 13.25 14.5C13.25 13.9477 12.8023 13.5 12.25 13.5C11.6977 13.5 11.25 13.9477 11.25 14.5C11.25 15.0523 11.6977 15.5 12.25 15.5ZM4 4.5C4 3.11929 5.11929 2 6.5 2H18C19.3807 2 20.5 3.11929 20.5 4.5V18.75C20.5 19.1642 20.1642 19.5 19.75 19.5H5.5C5.5 20.0523 5.94772 20.5 6.5 20.5H19.75C20.1642 20.5 20.5 20.8358 20.5 21.25C20.5 21.6642 20.1642 22 19.75 22H6.5C5.11929 22 4 20.8807 4 19.5V4.5ZM5.5 4.5V18H19V4.5C19 3.94772 18.5523 3.5 18 3.5H6.5C5.94772 3.5 5.5 3.94772 5.5 4.5Z" fill="none" />
        </svg>
      `;case k.Globe:return g`
        <svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
          <path d="M12.0001 1.99805C17.5238 1.99805 22.0016 6.47589 22.0016 11.9996C22.0016 17.5233 17.5238 22.0011 12.0001 22.0011C6.47638 22.0011 1.99854 17.5233 1.99854 11.9996C1.99854 6.47589 6.47638 1.99805 12.0001 1.99805ZM14.939 16.4993H9.06118C9.71322 18.9135 10.8466 20.5011 12.0001 20.5011C13.1536 20.5011 14.2869 18.9135 14.939 16.4993ZM7.5084 16.4999L4.78591 16.4998C5.74425 18.0328 7.1777 19.2384 8.88008 19.9104C8.3578 19.0906 7.92681 18.0643 7.60981 16.8949L7.5084 16.4999ZM19.2143 16.4998L16.4918 16.4999C16.168 17.8337 15.7004 18.9995 15.119 19.9104C16.716 19.2804 18.0757 18.1814 19.0291 16.7833L19.2143 16.4998ZM7.09351 9.99895H3.7359L3.73115 10.0162C3.57906 10.6525 3.49854 11.3166 3.49854 11.9996C3.49854 13.0558 3.69112 14.0669 4.0431 14.9999L7.21626 14.9995C7.07396 14.0504 6.99854 13.0422 6.99854 11.9996C6.99854 11.3156 7.031 10.6464 7.09351 9.99895ZM15.397 9.99901H8.60316C8.53514 10.6393 8.49853 11.309 8.49853 11.9996C8.49853 13.0591 8.58468 14.0694 8.73827 14.9997H15.2619C15.4155 14.0694 15.5016 13.0591 15.5016 11.9996C15.5016 11.309 15.465 10.6393 15.397 9.99901ZM20.2647 9.99811L16.9067 9.99897C16.9692 10.6464 17.0016 11.3156 17.0016 11.9996C17.0016 13.0422 16.9262 14.0504 16.7839 14.9995L19.9571 14.9999C20.309 14.0669 20.5016 13.0558 20.5016 11.9996C20.5016 11.3102 20.4196 10.64 20.2647 9.99811ZM8.88114 4.08875L8.85823 4.09747C6.81092 4.91218 5.1549 6.49949 4.25023 8.49935L7.29835 8.49972C7.61171 6.74693 8.15855 5.221 8.88114 4.08875ZM12.0001 3.49805L11.8844 3.50335C10.619 3.6191 9.39651 5.62107 8.8288 8.4993H15.1714C14.6052 5.62914 13.388 3.63033 12.1264 3.50436L12.0001 3.49805ZM15.1201 4.08881L15.2269 4.2629C15.8961 5.37537 16.4043 6.83525 16.7018 8.49972L19.7499 8.49935C18.8853 6.58795 17.3343 5.05341 15.4113 4.21008L15.1201 4.08881Z" />
        </svg>
      `;case k.PresenceAvailable:return g`
        <svg fill="#13a10e" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M5 10A5 5 0 1 0 5 0a5 5 0 0 0 0 10Zm2.1-5.9L4.85 6.35a.5.5 0 0 1-.7 0l-1-1a.5.5 0 0 1 .7-.7l.65.64 1.9-1.9a.5.5 0 0 1 .7.71Z" fill="#13a10e"></path>
        </svg>`;case k.PresenceOofAvailable:return g`
        <svg fill="#13a10e" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
            <path d="M5 0a5 5 0 1 0 0 10A5 5 0 0 0 5 0ZM1 5a4 4 0 1 1 8 0 4 4 0 0 1-8 0Zm6.1-1.6c.2.2.2.5 0 .7L4.85 6.35a.5.5 0 0 1-.7 0l-1-1a.5.5 0 1 1 .7-.7l.65.64 1.9-1.9c.2-.19.5-.19.7 0Z" fill="#13a10e"></path>
        </svg>`;case k.PresenceBusy:return g`
        <svg fill="#d13438" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M10 5A5 5 0 1 1 0 5a5 5 0 0 1 10 0Z" fill="#d13438"></path>
        </svg>`;case k.PresenceOofBusy:return g`
        <svg fill="#d13438" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M5 1a4 4 0 1 0 0 8 4 4 0 0 0 0-8ZM0 5a5 5 0 1 1 10 0A5 5 0 0 1 0 5Z" fill="#d13438"></path>
        </svg>
      `;case k.PresenceDnd:return g`
        <svg fill="#d13438" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M5 10A5 5 0 1 0 5 0a5 5 0 0 0 0 10ZM3.5 4.5h3a.5.5 0 0 1 0 1h-3a.5.5 0 0 1 0-1Z" fill="#d13438"></path>
        </svg>`;case k.PresenceOofDnd:return g`
        <svg fill="#d13438" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M5 0a5 5 0 1 0 0 10A5 5 0 0 0 5 0ZM1 5a4 4 0 1 1 8 0 4 4 0 0 1-8 0Zm2 0c0-.28.22-.5.5-.5h3a.5.5 0 0 1 0 1h-3A.5.5 0 0 1 3 5Z" fill="#d13438"></path>
        </svg>`;case k.PresenceAway:return g`
        <svg fill="#eaa300" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M5 10A5 5 0 1 0 5 0a5 5 0 0 0 0 10Zm0-7v1.8l1.35 1.35a.5.5 0 1 1-.7.7l-1.5-1.5A.5.5 0 0 1 4 5V3a.5.5 0 0 1 1 0Z" fill="#eaa300"></path>
        </svg>`;case k.PresenceOofAway:return g`
        <svg fill="#c239b3" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M5.35 3.85a.5.5 0 1 0-.7-.7l-1.5 1.5a.5.5 0 0 0 0 .7l1.5 1.5a.5.5 0 1 0 .7-.7L4.7 5.5h1.8a.5.5 0 1 0 0-1H4.7l.65-.65ZM5 0a5 5 0 1 0 0 10A5 5 0 0 0 5 0ZM1 5a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z" fill="#c239b3"></path>
        </svg>`;case k.PresenceOffline:return g`
        <svg fill="#929292" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M6.85 3.15c.2.2.2.5 0 .7L5.71 5l1.14 1.15a.5.5 0 1 1-.7.7L5 5.71 3.85 6.85a.5.5 0 1 1-.7-.7L4.29 5 3.15 3.85a.5.5 0 1 1 .7-.7L5 4.29l1.15-1.14c.2-.2.5-.2.7 0ZM0 5a5 5 0 1 1 10 0A5 5 0 0 1 0 5Zm5-4a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" fill="#929292"></path>
        </svg>`;case k.PresenceStatusUnknown:return g`
        <svg fill="#d13438" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">
          <path d="M5 1a4 4 0 1 0 0 8 4 4 0 0 0 0-8ZM0 5a5 5 0 1 1 10 0A5 5 0 0 1 0 5Z" fill="#d13438"></path>
        </svg>`}}});var Pg,T4,I4=d(()=>{Pg=()=>window.getWindowSegments!==void 0,T4=()=>Pg()?window:null});var L4,D4=d(()=>{xe();L4=[ze`
.root .scout-top{position:fixed;top:0;left:0}.root .scout-bottom{position:fixed;bottom:0;right:0}.root .flyout{display:none;position:fixed;z-index:9999999;opacity:0;box-shadow:var(--mgt-flyout-box-shadow,var(--elevation-shadow-card-rest));border-radius:8px}.root .flyout.small{overflow:hidden auto}.root.visible .flyout{display:inline-block;animation-name:fade-in;animation-duration:.3s;animation-timing-function:cubic-bezier(0.1,0.9,0.2,1);animation-fill-mode:both;transition:top .3s ease,bottom .3s ease,left .3s ease}.root.visible .flyout.small{overflow:hidden auto}@keyframes fade-in{from{opacity:0;margin-top:-10px;margin-bottom:-10px}to{opacity:1;margin-top:0;margin-bottom:0}}
`]});var Og,qh,Gh,Vn,Mg=d(()=>{xe();xt();Dn();I4();D4();we();Og=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},qh=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},Gh=()=>We("flyout",Vn),Vn=class extends oo{static get styles(){return L4}get isOpen(){return this._isOpen}set isOpen(e){let t=this._isOpen;t!==e&&(this._isOpen=e,window.requestAnimationFrame(()=>{this.setupWindowEvents(this.isOpen);let o=this._flyout;!this.isOpen&&o&&(o.style.width=null,o.style.setProperty("--mgt-flyout-set-width",null),o.style.setProperty("--mgt-flyout-set-height",null),o.style.maxHeight=null,o.style.top=null,o.style.left=null,o.style.bottom=null)}),this.requestUpdate("isOpen",t),this.dispatchEvent(new Event(e?"opened":"closed")))}get _edgePadding(){return 24}get _flyout(){return this.renderRoot.querySelector(".flyout")}get _anchor(){return this.renderRoot.querySelector(".anchor")}get _topScout(){return this.renderRoot.querySelector(".scout-top")}get _bottomScout(){return this.renderRoot.querySelector(".scout-bottom")}constructor(){super(),this._renderedOnce=!1,this._isOpen=!1,this._smallView=!1,this.handleWindowEvent=e=>{let t=this._flyout;if(t)if(e.composedPath){let o=e.composedPath();if(o.includes(t)||e.type==="pointerdown"&&o.includes(this))return}else{let o=e.target;for(;o;)if(o=o.parentElement,o===t||e.type==="pointerdown"&&o===this)return}this.close()},this.handleResize=()=>{this.close()},this.handleKeyUp=e=>{e.key==="Escape"&&this.close()},this.handleFlyoutWheel=e=>{e.preventDefault()},this.avoidHidingAnchor=!0,this.addEventListener("expanded",()=>{window.requestAnimationFrame(()=>{this.updateFlyout()})}),this.addEventListener("smallView",()=>{window.requestAnimationFrame(()=>{this.updateFlyout()})})}open(){this.isOpen=!0}close(){this.isOpen=!1}disconnectedCallback(){this.setupWindowEvents(!1),super.disconnectedCallback()}updated(e){super.updated(e),window.requestAnimationFrame(()=>{this.updateFlyout()})}render(){let e={root:!0,visible:this.isOpen},t=this.renderAnchor(),o=null;if(this._windowHeight=window.innerHeight&&document.documentElement.clientHeight?Math.min(window.innerHeight,document.documentElement.clientHeight):window.innerHeight||document.documentElement.clientHeight,this._windowHeight<250&&(this._smallView=!0),this.isOpen||this._renderedOnce){this._renderedOnce=!0;let r=st({flyout:!0,small:this._smallView});o=g`
        <div class=${r} @wheel=${this.handleFlyoutWheel}>
          ${this.renderFlyout()}
        </div>
      `}return g`
      <div class=${st(e)}>
        <div class="anchor">
          ${t}
        </div>
        <div class="scout-top"></div>
        <div class="scout-bottom"></div>
        ${o}
      </div>
    `}renderAnchor(){return g`
      <slot name="anchor"></slot>
    `}renderFlyout(){return g`
      <slot name="flyout"></slot>
    `}updateFlyout(e=!0){if(!this.isOpen)return;let t=this._anchor,o=this._flyout;if(o&&t){let r=window.innerWidth&&document.documentElement.clientWidth?Math.min(window.innerWidth,document.documentElement.clientWidth):window.innerWidth||document.documentElement.clientWidth;this._windowHeight=window.innerHeight&&document.documentElement.clientHeight?Math.min(window.innerHeight,document.documentElement.clientHeight):window.innerHeight||document.documentElement.clientHeight;let s=0,n,a=0,l,c,h=o.getBoundingClientRect(),u=t.getBoundingClientRect(),v=this._topScout.getBoundingClientRect(),y=this._bottomScout.getBoundingClientRect(),S={height:this._windowHeight,left:0,top:0,width:r};if(Pg()){let Ee=T4().getWindowSegments(),ct,Jt=u.left+u.width/2,Bi=u.top+u.height/2;for(let Kt of Ee)if(Jt>=Kt.left&&Bi>=Kt.top){ct=Kt;break}ct&&(S.left=ct.left,S.top=ct.top,S.width=ct.width,S.height=ct.height)}h.width+2*this._edgePadding>S.width?h.width>S.width?(c=S.width,s=0):s=(S.width-h.width)/2:u.left+h.width+this._edgePadding>S.width?s=u.left-(u.left+h.width+this._edgePadding-S.width):u.left<this._edgePadding?s=this._edgePadding:s=u.left;let O=S.height-(u.top+u.height),j=u.top;this.avoidHidingAnchor?O<=h.height?j<h.height?j>O?(n=S.height-u.top,l=j):(a=u.bottom,l=O):(n=S.height-u.top,l=j):j>=h.height?(n=S.height-u.top,l=j):(a=u.bottom,l=O):h.height+2*this._edgePadding>S.height?h.height>=S.height?(l=S.height,a=0):a=(S.height-h.height)/2:u.top+u.height+h.height+this._edgePadding>S.height?a=S.height-h.height-this._edgePadding:a=Math.max(u.top+u.height,this._edgePadding),(v.top!==0||v.left!==0)&&(s-=v.left,typeof n<"u"?n+=y.top-this._windowHeight:a-=v.top),this.direction==="rtl"?s>100&&this.offsetLeft>100&&(o.style.left=`${S.width-s+h.left-h.width-30}px`):o.style.left=`${s+S.left}px`,typeof n<"u"?(o.style.top="unset",o.style.bottom=`${n}px`):(o.style.bottom="unset",o.style.top=`${a+S.top}px`),c&&(o.style.width=`${c}px`,o.style.setProperty("--mgt-flyout-set-width",`${c}px`),window.requestAnimationFrame(()=>this.updateFlyout())),l&&!e?(o.style.maxHeight=`${l}px`,o.style.setProperty("--mgt-flyout-set-height",`${l}px`)):(o.style.maxHeight=null,o.style.setProperty("--mgt-flyout-set-height","unset")),e&&window.requestAnimationFrame(()=>this.updateFlyout(!1))}}setupWindowEvents(e){e&&this.isLightDismiss?(window.addEventListener("wheel",this.handleWindowEvent),window.addEventListener("pointerdown",this.handleWindowEvent),window.addEventListener("resize",this.handleResize),window.addEventListener("keyup",this.handleKeyUp)):(window.removeEventListener("wheel",this.handleWindowEvent),window.removeEventListener("pointerdown",this.handleWindowEvent),window.removeEventListener("resize",this.handleResize),window.removeEventListener("keyup",this.handleKeyUp))}};Og([_({attribute:"light-dismiss",type:Boolean}),qh("design:type",Boolean)],Vn.prototype,"isLightDismiss",void 0);Og([_({attribute:null,type:Boolean}),qh("design:type",Boolean)],Vn.prototype,"avoidHidingAnchor",void 0);Og([_({attribute:"isOpen",type:Boolean}),qh("design:type",Boolean),qh("design:paramtypes",[Boolean])],Vn.prototype,"isOpen",null)});var ck,dk,Wh,Hg=d(()=>{ck=["none","hover","click"],dk=i=>typeof i=="string"&&ck.includes(i),Wh=(i,e="none")=>dk(i)?i:e});var E4,A4=d(()=>{xe();E4=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{font-size:var(--default-font-size)}:host .flyout [slot=anchor]{display:flex;cursor:pointer}:host .flyout [slot=anchor].vertical{flex-direction:column;justify-content:center;align-items:center;margin-inline-start:0}:host .person-root{display:flex;flex-direction:row;align-items:center;background-color:var(--person-background-color,transparent);border-radius:var(--person-border-radius,4px)}:host .person-root.small .avatar-wrapper{min-width:var(--person-avatar-size,24px);width:var(--person-avatar-size,24px);height:var(--person-avatar-size,24px)}:host .person-root.small .contact-icon,:host .person-root.small .initials{font-size:calc(var(--person-avatar-size, 24px) * .4)}:host .person-root.small .presence-wrapper svg{width:calc(var(--person-avatar-size,24px) * .28);height:calc(var(--person-avatar-size,24px) * .28)}:host .person-root.noline .avatar-wrapper,:host .person-root.oneline .avatar-wrapper{min-width:var(--person-avatar-size,24px);width:var(--person-avatar-size,24px);height:var(--person-avatar-size,24px)}:host .person-root.noline .avatar-wrapper .contact-icon,:host .person-root.noline .avatar-wrapper .initials,:host .person-root.oneline .avatar-wrapper .contact-icon,:host .person-root.oneline .avatar-wrapper .initials{font-size:calc(var(--person-avatar-size, 24px) * .4)}:host .person-root.noline .avatar-wrapper .presence-wrapper svg,:host .person-root.oneline .avatar-wrapper .presence-wrapper svg{width:calc(var(--person-avatar-size,24px) * .28);height:calc(var(--person-avatar-size,24px) * .28)}:host .person-root.noline .presence-basic,:host .person-root.oneline .presence-basic{border-width:1px;position:relative;bottom:calc(var(--person-avatar-size,24px) * .12 - 4px)}:host .person-root.twolines .avatar-wrapper{min-width:var(--person-avatar-size,40px);width:var(--person-avatar-size,40px);height:var(--person-avatar-size,40px)}:host .person-root.twolines .avatar-wrapper .contact-icon,:host .person-root.twolines .avatar-wrapper .initials{font-size:calc(var(--person-avatar-size, 40px) * .4)}:host .person-root.twolines .avatar-wrapper .presence-wrapper svg{width:calc(var(--person-avatar-size,40px) * .28);height:calc(var(--person-avatar-size,40px) * .28)}:host .person-root.large .avatar-wrapper,:host .person-root.threelines .avatar-wrapper{min-width:var(--person-avatar-size,56px);width:var(--person-avatar-size,56px);height:var(--person-avatar-size,56px)}:host .person-root.large .avatar-wrapper .contact-icon,:host .person-root.large .avatar-wrapper .initials,:host .person-root.threelines .avatar-wrapper .contact-icon,:host .person-root.threelines .avatar-wrapper .initials{font-size:calc(var(--person-avatar-size, 56px) * .4)}:host .person-root.large .avatar-wrapper .presence-wrapper svg,:host .person-root.threelines .avatar-wrapper .presence-wrapper svg{width:calc(var(--person-avatar-size,56px) * .28);height:calc(var(--person-avatar-size,56px) * .28)}:host .person-root.fourlines .avatar-wrapper,:host .person-root.vertical .avatar-wrapper{min-width:var(--person-avatar-size,72px);width:var(--person-avatar-size,72px);height:var(--person-avatar-size,72px)}:host .person-root.fourlines .avatar-wrapper .contact-icon,:host .person-root.fourlines .avatar-wrapper .initials,:host .person-root.vertical .avatar-wrapper .contact-icon,:host .person-root.vertical .avatar-wrapper .initials{font-size:calc(var(--person-avatar-size, 72px) * .4)}:host .person-root.fourlines .avatar-wrapper .presence-wrapper svg,:host .person-root.vertical .avatar-wrapper .presence-wrapper svg{width:calc(var(--person-avatar-size,72px) * .28);height:calc(var(--person-avatar-size,72px) * .28)}:host .person-root.vertical{flex-direction:column;justify-content:center;align-items:center}:host .person-root .avatar-wrapper{min-width:var(--person-avatar-size,24px);width:var(--person-avatar-size,24px);height:var(--person-avatar-size,24px);position:relative;box-sizing:border-box}:host .person-root .avatar-wrapper .contact-icon,:host .person-root .avatar-wrapper .initials,:host .person-root .avatar-wrapper .shimmer,:host .person-root .avatar-wrapper img{height:100%;width:100%;border:var(--person-avatar-border,none);border-radius:var(--person-avatar-border-radius,50%);margin-block-start:var(--person-avatar-top-spacing,0);object-fit:cover;object-position:center top}:host .person-root .avatar-wrapper .contact-icon,:host .person-root .avatar-wrapper .initials,:host .person-root .avatar-wrapper .shimmer{display:flex;justify-content:center;align-items:center;font-size:calc(var(--person-avatar-size, 24px) * .4);font-weight:400;background:var(--person-initials-background-color,var(--neutral-fill-secondary-rest));color:var(--person-initials-text-color,var(--neutral-fill-strong-hover))}:host .person-root .avatar-wrapper .presence-wrapper{bottom:var(--person-presence-wrapper-bottom,0);right:0;position:absolute;border-radius:50%;background-color:var(--neutral-layer-1);border:1px solid var(--neutral-layer-1)}:host .person-root .avatar-wrapper .presence-wrapper svg{display:flex;width:calc(var(--person-avatar-size,24px) * .28);height:calc(var(--person-avatar-size,24px) * .28)}:host .person-root .details-wrapper{display:flex;flex-direction:column;align-items:flex-start;justify-content:center;min-width:var(--person-details-wrapper-width,168px);margin-inline-start:var(--person-details-left-spacing,12px);margin-block-end:var(--person-details-bottom-spacing,0)}:host .person-root .details-wrapper .shimmer.text{width:200px;height:16px;margin:2px 0}:host .person-root .details-wrapper.vertical{display:inline-flex;flex-direction:column;justify-content:center;align-items:center;margin-inline-start:0}:host .person-root .details-wrapper .line1{font-size:var(--person-line1-font-size, ms-font-size-14);font-weight:var(--person-line1-font-weight,600);color:var(--person-line1-text-color,var(--neutral-foreground-rest));text-transform:var(--person-line1-text-transform,inherit);line-height:var(--person-line1-text-line-height, 20px)}:host .person-root .details-wrapper .line2{font-size:var(--person-line2-font-size, var(--email-font-size, ms-font-size-12));font-weight:var(--person-line2-font-weight,400);color:var(--person-line2-text-color,var(--secondary-text-color));text-transform:var(--person-line2-text-transform,inherit);line-height:var(--person-line2-text-line-height, 16px)}:host .person-root .details-wrapper .line3{font-size:var(--person-line3-font-size, var(--email-font-size, ms-font-size-12));font-weight:var(--person-line3-font-weight,400);color:var(--person-line3-text-color,var(--secondary-text-color));text-transform:var(--person-line3-text-transform,inherit);line-height:var(--person-line3-text-line-height, 16px)}:host .person-root .details-wrapper .line4{font-size:var(--person-line4-font-size, var(--email-font-size, ms-font-size-12));font-weight:var(--person-line4-font-weight,400);color:var(--person-line4-text-color,var(--secondary-text-color));text-transform:var(--person-line4-text-transform,inherit);line-height:var(--person-line4-text-line-height, 16px)}@media (forced-colors:active) and (prefers-color-scheme:dark){:host svg,:host svg>path{fill:rgb(255,255,255);fill-rule:nonzero;clip-rule:nonzero}}[dir=rtl] .presence-wrapper{right:unset!important;left:0}
`]});var hk,uk,P4,O4=d(()=>{hk=["photo","initials"],uk=i=>typeof i=="string"&&hk.includes(i),P4=(i,e="photo")=>uk(i)?i:e});var pk,M4,H4=d(()=>{pk={Available:"Available",Away:"Away",BeRightBack:"Be right back",Busy:"Busy",DoNotDisturb:"Do not disturb",InACall:"In a call",InAConferenceCall:"In a conference call",Inactive:"Inactive",InAMeeting:"In a meeting",Offline:"Offline",OffWork:"Off work",OutOfOffice:"Out of office",PresenceUnknown:"Presence unknown",Presenting:"Presenting",UrgentInterruptionsOnly:"Urgent interruptions only"},M4=Object.assign(Object.assign({},pk),{photoFor:"Photo for",emailAddress:"Email address"})});var Ve,Zh=d(()=>{Ve=class{};Ve.sections={files:!0,mailMessages:!0,organization:{showWorksWith:!0},profile:!0};Ve.useContactApis=!0;Ve.isSendMessageVisible=!0});var se,V4,Qh,B4,Is,fk,ml,Xh,Pr,Yh,Yt,z4,N4,U4,j4,q4,G4,W4,Z4,Q4,X4,Y4,J4,K4,Hi,Vg,Bg,e$,t$,i$,o$,r$,s$,n$,a$,l$,c$,d$,h$,u$,p$,mk,gk,vk,zg,Ng,f$,m$,g$,v$,b$,gl=d(()=>{we();Wo();zr();se=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},V4=i=>Array.isArray(i.nextExpectedRanges),Qh=()=>se(void 0,void 0,void 0,function*(){yield M.getCache(T.fileLists,T.fileLists.stores.fileLists).clearStore()}),B4=()=>M.config.files.invalidationPeriod||M.config.defaultInvalidationPeriod,Is=()=>M.config.files.isEnabled&&M.config.isEnabled,fk=()=>M.config.fileLists.invalidationPeriod||M.config.defaultInvalidationPeriod,ml=()=>M.config.fileLists.isEnabled&&M.config.isEnabled,Xh=["Files.Read","Files.ReadWrite","Files.Read.All","Files.ReadWrite.All","Group.Read.All","Group.ReadWrite.All","Sites.Read.All","Sites.ReadWrite.All"],Pr=["Sites.Read.All","Sites.ReadWrite.All"],Yh=["Files.ReadWrite","Files.ReadWrite.All","Sites.ReadWrite.All"],Yt=(i,e,t=T.files.stores.fileQueries,o=Xh)=>se(void 0,void 0,void 0,function*(){let r=M.getCache(T.files,t),s=yield vk(r,e);if(s)return s;let n;try{n=yield i.api(e).middlewareOptions(pe(o)).get(),Is()&&(yield r.putValue(e,{file:JSON.stringify(n)}))}catch{}return n||null}),z4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/drives/${e}/items/${t}`;return Yt(i,o,T.files.stores.driveFiles)}),N4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/drives/${e}/root:/${t}`;return Yt(i,o,T.files.stores.driveFiles)}),U4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/groups/${e}/drive/items/${t}`;return Yt(i,o,T.files.stores.groupFiles)}),j4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/groups/${e}/drive/root:/${t}`;return Yt(i,o,T.files.stores.groupFiles)}),q4=(i,e)=>se(void 0,void 0,void 0,function*(){let t=`/me/drive/items/${e}`;return Yt(i,t,T.files.stores.userFiles)}),G4=(i,e)=>se(void 0,void 0,void 0,function*(){let t=`/me/drive/root:/${e}`;return Yt(i,t,T.files.stores.userFiles)}),W4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/sites/${e}/drive/items/${t}`;return Yt(i,o,T.files.stores.siteFiles)}),Z4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/sites/${e}/drive/root:/${t}`;return Yt(i,o,T.files.stores.siteFiles)}),Q4=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/sites/${e}/lists/${t}/items/${o}/driveItem`;return Yt(i,r,T.files.stores.siteFiles)}),X4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/users/${e}/drive/items/${t}`;return Yt(i,o,T.files.stores.userFiles)}),Y4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/users/${e}/drive/root:/${t}`;return Yt(i,o,T.files.stores.userFiles)}),J4=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/me/insights/${e}/${t}/resource`;return Yt(i,o,T.files.stores.insightFiles,Pr)}),K4=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/users/${e}/insights/${t}/${o}/resource`;return Yt(i,r,T.files.stores.insightFiles,Pr)}),Hi=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r,s=M.getCache(T.fileLists,t),n=`${e}:${o}`,a=yield zg(s,t,n);if(a)return r=gk(i,a.files,a.nextLink),r;let l;try{if(l=i.api(e).middlewareOptions(pe(Xh)),o&&l.top(o),r=yield mk(i,l),ml()){let c=r.nextLink;yield s.putValue(n,{files:r.value.map(h=>JSON.stringify(h)),nextLink:c})}}catch{}return r||null}),Vg=(i,e)=>se(void 0,void 0,void 0,function*(){let t="/me/drive/root/children",o=T.fileLists.stores.fileLists;return Hi(i,t,o,e)}),Bg=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/drives/${e}/items/${t}/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),e$=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/drives/${e}/root:/${t}:/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),t$=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/groups/${e}/drive/items/${t}/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),i$=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/groups/${e}/drive/root:/${t}:/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),o$=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/me/drive/items/${e}/children`,r=T.fileLists.stores.fileLists;return Hi(i,o,r,t)}),r$=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=`/me/drive/root:/${e}:/children`,r=T.fileLists.stores.fileLists;return Hi(i,o,r,t)}),s$=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/sites/${e}/drive/items/${t}/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),n$=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/sites/${e}/drive/root:/${t}:/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),a$=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/users/${e}/drive/items/${t}/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),l$=(i,e,t,o)=>se(void 0,void 0,void 0,function*(){let r=`/users/${e}/drive/root:/${t}:/children`,s=T.fileLists.stores.fileLists;return Hi(i,r,s,o)}),c$=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o=T.fileLists.stores.fileLists;return Hi(i,e,o,t)}),d$=(i,e)=>se(void 0,void 0,void 0,function*(){let t=`/me/insights/${e}`,o=T.fileLists.stores.insightfileLists,r=M.getCache(T.fileLists,o),s=yield zg(r,o,t);if(s)return s.files.map(l=>JSON.parse(l));let n;try{n=yield i.api(t).filter("resourceReference/type eq 'microsoft.graph.driveItem'").middlewareOptions(pe(Pr)).get()}catch{}let a=yield p$(i,n,Pr);return ml()&&(yield r.putValue(t,{files:a.map(l=>JSON.stringify(l))})),a||null}),h$=(i,e,t)=>se(void 0,void 0,void 0,function*(){let o,r;t==="shared"?(o="/me/insights/shared",r=`((lastshared/sharedby/id eq '${e}') and (resourceReference/type eq 'microsoft.graph.driveItem'))`):(o=`/users/${e}/insights/${t}`,r="resourceReference/type eq 'microsoft.graph.driveItem'");let s=`${o}?$filter=${r}`,n=T.fileLists.stores.insightfileLists,a=M.getCache(T.fileLists,n),l=yield zg(a,n,s);if(l)return l.files.map(u=>JSON.parse(u));let c;try{c=yield i.api(o).filter(r).middlewareOptions(pe(Pr)).get()}catch{}let h=yield p$(i,c,Pr);return ml()&&(yield a.putValue(o,{files:h.map(u=>JSON.stringify(u))})),h||null}),u$=(i,e)=>se(void 0,void 0,void 0,function*(){if(!e||e.length===0)return[];let t=i.createBatch(),o=[],r,s;Is()&&(r=M.getCache(T.files,T.files.stores.fileQueries));for(let n of e)Is()&&(s=yield r.getValue(n)),Is()&&s&&B4()>Date.now()-s.timeCached?o.push(JSON.parse(s.file)):n!==""&&t.get(n,n,Xh);try{let n=yield t.executeAll();for(let a of e){let l=n.get(a);l?.content&&(o.push(l.content),Is()&&(yield r.putValue(a,{file:JSON.stringify(l.content)})))}return o}catch{try{return Promise.all(e.filter(a=>a&&a!=="").map(a=>se(void 0,void 0,void 0,function*(){let l=yield Yt(i,a);if(l)return Is()&&(yield r.putValue(a,{file:JSON.stringify(l)})),l})))}catch{return[]}}}),p$=(i,e,t)=>se(void 0,void 0,void 0,function*(){if(!e)return[];let o=e.value,r=i.createBatch(),s=[];for(let n of o){let a=n.resourceReference.id;a!==""&&r.get(a,a,t)}try{let n=yield r.executeAll();for(let a of o){let l=n.get(a.resourceReference.id);l?.content&&s.push(l.content)}return s}catch{try{return Promise.all(o.filter(a=>!!a.resourceReference.id).map(a=>se(void 0,void 0,void 0,function*(){return yield i.api(a.resourceReference.id).middlewareOptions(pe(t)).get()})))}catch{return[]}}}),mk=(i,e)=>se(void 0,void 0,void 0,function*(){return Yr.create(i,e)}),gk=(i,e,t)=>Yr.createFromValue(i,e.map(o=>JSON.parse(o)),t),vk=(i,e)=>se(void 0,void 0,void 0,function*(){if(Is()){let t=yield i.getValue(e);if(t&&B4()>Date.now()-t.timeCached)return JSON.parse(t.file)}return null}),zg=(i,e,t)=>se(void 0,void 0,void 0,function*(){if(i||(i=M.getCache(T.fileLists,e)),ml()){let o=yield i.getValue(t);if(o&&fk()>Date.now()-o.timeCached)return o}return null}),Ng=i=>se(void 0,void 0,void 0,function*(){let e=i.nextLink;if(i.hasNext&&(yield i.next()),ml()){let t=M.getCache(T.fileLists,T.fileLists.stores.fileLists),s=/(graph.microsoft.com\/(v1.0|beta))(.*?)(?=\?)/gi.exec(e)[3];yield t.putValue(s,{files:i.value.map(n=>JSON.stringify(n)),nextLink:e})}}),f$=(i,e)=>se(void 0,void 0,void 0,function*(){try{return(yield i.api(e).middlewareOptions(pe(Xh)).get())||null}catch{}return null}),m$=(i,e,t)=>se(void 0,void 0,void 0,function*(){try{let o={item:{"@microsoft.graph.conflictBehavior":t||"rename"}},r;try{r=yield i.api(e).middlewareOptions(pe(Yh)).post(JSON.stringify(o))}catch{}return r||null}catch{return null}}),g$=(i,e,t,o,r)=>se(void 0,void 0,void 0,function*(){try{let s={"Content-Length":t,"Content-Range":o},n;try{n=yield i.client.api(e).middlewareOptions(pe(Yh)).headers(s).put(r)}catch{}return n||null}catch{return null}}),v$=(i,e,t)=>se(void 0,void 0,void 0,function*(){try{let o;try{o=yield i.client.api(e).middlewareOptions(pe(Yh)).put(t)}catch{}return o||null}catch{return null}}),b$=(i,e)=>se(void 0,void 0,void 0,function*(){try{yield i.client.api(e).middlewareOptions(pe(Yh)).delete()}catch{return null}})});var Jh,Ug,vl,bk,Kh,yk,xk,wk,Ck,$k,Sk,kk,_k,Rk,y$,Fk,x$,jg=d(()=>{we();Rs();Zh();On();gl();Wo();Jh=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Ug="businessPhones,companyName,department,displayName,givenName,jobTitle,mail,mobilePhone,officeLocation,preferredLanguage,surname,userPrincipalName,id,accountEnabled",vl={directReports:"directReports",files:"files",messages:"messages",people:"people",person:"person"},bk=()=>M.config.users.invalidationPeriod||M.config.defaultInvalidationPeriod,Kh=(i,e,t)=>Jh(void 0,void 0,void 0,function*(){var o;let r=e?.id||e?.userPrincipalName,s=ni(e),n=M.getCache(T.users,T.users.stores.cardState),a=yield n.getValue(r);if(a&&bk()>Date.now()-a.timeCached)return a;let l="classification"in e||"personType"in e&&(e.personType.subclass==="PersonalContact"||e.personType.class==="Group"),c=i.createBatch();l||Ve.sections.organization&&(yk(c,r),Ve.sections.organization.showWorksWith&&wk(c,r)),Ve.sections.mailMessages&&s&&$k(c,s),Ve.sections.files&&Sk(c,t?null:s);let h,u={};try{h=yield c.executeAll()}catch{}if(h)for(let[v,y]of h)u[v]=((o=y.content)===null||o===void 0?void 0:o.value)||y.content;if(!l&&Ve.sections.profile)try{let v=yield _k(i,r);v&&(u.profile=v)}catch{}return u.directReports&&u.directReports.length>0&&(u.directReports=u.directReports.filter(v=>v.accountEnabled)),yield n.putValue(r,u),u}),yk=(i,e)=>{let t=`manager($levels=max;$select=${Ug})`;i.get(vl.person,`users/${e}?$expand=${t}&$select=${Ug}&$count=true`,Pn,{ConsistencyLevel:"eventual"}),i.get(vl.directReports,`users/${e}/directReports?$select=${Ug}`)},xk=["People.Read.All"],wk=(i,e)=>{i.get(vl.people,`users/${e}/people?$filter=personType/class eq 'Person'`,xk)},Ck=["Mail.ReadBasic","Mail.Read","Mail.ReadWrite"],$k=(i,e)=>{i.get(vl.messages,`me/messages?$search="from:${e}"`,Ck)},Sk=(i,e)=>{let t;e?t=`me/insights/shared?$filter=lastshared/sharedby/address eq '${e}'`:t="me/insights/used",i.get(vl.files,t,Pr)},kk=["User.Read.All","User.ReadWrite.All"],_k=(i,e)=>Jh(void 0,void 0,void 0,function*(){return yield i.api(`/users/${e}/profile`).version("beta").middlewareOptions(pe(kk)).get()}),Rk=["Chat.Create","Chat.ReadWrite"],y$=(i,e,t)=>Jh(void 0,void 0,void 0,function*(){let o={chatType:"oneOnOne",members:[{"@odata.type":"#microsoft.graph.aadUserConversationMember",roles:["owner"],"user@odata.bind":`https://graph.microsoft.com/v1.0/users('${t}')`},{"@odata.type":"#microsoft.graph.aadUserConversationMember",roles:["owner"],"user@odata.bind":`https://graph.microsoft.com/v1.0/users('${e}')`}]};return yield i.api("/chats").header("Cache-Control","no-store").middlewareOptions(pe(Rk)).post(o)}),Fk=["ChatMessage.Send","Chat.ReadWrite"],x$=(i,e,t)=>Jh(void 0,void 0,void 0,function*(){return yield i.api(`/chats/${e}/messages`).header("Cache-Control","no-store").middlewareOptions(pe(Fk)).post(t)})});var w$,C$=d(()=>{xe();w$=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{box-shadow:var(--person-card-box-shadow,var(--elevation-shadow-card-rest));width:var(--mgt-flyout-set-width,375px);overflow:hidden;user-select:none;border-radius:8px;background-color:var(--person-card-background-color,var(--neutral-layer-floating));--file-list-background-color:transparent;--file-list-box-shadow:none;--file-item-background-color:transparent}:host .small{max-height:100vh;overflow:hidden auto}:host .nav{height:0;position:relative;z-index:100}:host .nav__back{padding-top:18px;padding-inline-start:12px;height:32px;width:32px}:host .nav__back svg{fill:var(--person-card-icon-color,var(--accent-foreground-rest))}:host .nav__back:hover{cursor:pointer}:host .nav__back:hover svg{fill:var(--person-card-nav-back-arrow-hover-color,var(--neutral-foreground-rest))}:host .close-card-container{position:relative;z-index:100}:host .close-card-container .close-button{position:absolute;right:10px;margin-top:9px;z-index:1;border:1px solid transparent}:host .close-card-container .close-button svg path{fill:var(--person-card-icon-color,var(--accent-foreground-rest))}:host .close-card-container .close-button:hover svg path{fill:var(--person-card-close-button-hover-color,var(--neutral-foreground-rest))}:host .person-details-container{display:flex;flex-direction:column;padding-inline-start:22px;padding-block:36px;border-bottom:1px solid var(--person-card-border-color,var(--neutral-stroke-rest))}:host .person-details-container .person-image{--person-avatar-top-spacing:var(--person-card-avatar-top-spacing, 15px);--person-details-left-spacing:var(--person-card-details-left-spacing, 15px);--person-details-bottom-spacing:var(--person-card-details-bottom-spacing, 0);--person-background-color:var(--person-card-background-color, var(--neutral-layer-floating));--person-line1-font-size:var(--person-card-line1-font-size, 20px);--person-line1-font-weight:var(--person-card-line1-font-weight, 600);--person-line1-text-line-height:var(--person-card-line1-line-height, 28px);--person-line1-text-color:var(--person-card-line1-text-color, var(--neutral-foreground-rest));--person-line2-font-size:var(--person-card-line2-font-size, 14px);--person-line2-font-weight:var(--person-card-line2-font-weight, 400);--person-line2-text-line-height:var(--person-card-line2-line-height, 20px);--person-line2-text-color:var(--person-card-line2-text-color, var(--neutral-foreground-hint));--person-line3-font-size:var(--person-card-line3-font-size, 14px);--person-line3-font-weight:var(--person-card-line3-font-weight, 400);--person-line3-text-line-height:var(--person-card-line3-line-height, 19px);--person-line3-text-color:var(--person-card-line3-text-color, var(--neutral-foreground-hint));--person-avatar-size:var(--person-card-avatar-size, 75px);--person-presence-wrapper-bottom:-15px}:host .person-details-container .base-icons{display:flex;align-items:center;margin-inline-start:var(--person-card-base-icons-left-spacing,calc(var(--person-card-avatar-size,75px) + var(--person-card-details-left-spacing,15px) - 8px));z-index:1}:host .person-details-container .base-icons .icon{display:flex;align-items:center;font-size:13px;white-space:nowrap}:host .person-details-container .base-icons .icon:not(:last-child){margin-inline-end:28px}:host .person-details-container .base-icons .icon svg .filled{display:none}:host .person-details-container .base-icons .icon svg .regular{display:block}:host .person-details-container .base-icons .icon svg path{fill:var(--person-card-icon-color,var(--accent-foreground-rest))}:host .person-details-container .base-icons .icon:active svg .filled,:host .person-details-container .base-icons .icon:hover svg .filled{display:block}:host .person-details-container .base-icons .icon:active svg .regular,:host .person-details-container .base-icons .icon:hover svg .regular{display:none}:host .person-details-container .base-icons .icon:active svg path,:host .person-details-container .base-icons .icon:hover svg path{fill:var(--person-card-icon-hover-color,var(--accent-foreground-hover))}:host .expanded-details-container{display:flex;flex-direction:column;position:relative}:host .expanded-details-container .expanded-details-button{display:flex;justify-content:center;height:32px}:host .expanded-details-container .expanded-details-button svg path{stroke:var(--person-card-icon-color,var(--accent-foreground-rest))}:host .expanded-details-container .expanded-details-button:hover{cursor:pointer;background-color:var(--person-card-expanded-background-color-hover,var(--neutral-fill-hover))}:host .expanded-details-container .sections .section{padding:20px 0;display:flex;flex-direction:column;position:relative}:host .expanded-details-container .sections .section:not(:last-child)::after{position:absolute;content:"";width:90%;transform:translateX(-50%);border-bottom:1px solid var(--person-card-border-color,var(--neutral-stroke-rest));left:50%;bottom:0}:host .expanded-details-container .sections .section__header{display:flex;flex-direction:row;padding:0 20px}:host .expanded-details-container .sections .section__title{flex-grow:1;color:var(--person-card-line1-text-color,var(--neutral-foreground-rest));font-size:14px;font-weight:600;line-height:19px}:host .expanded-details-container .sections .section__show-more{font-size:12px;font-weight:600;align-self:center;vertical-align:top;--base-height-multiplier:6}:host .expanded-details-container .sections .section__show-more:hover{background-color:var(--person-card-fluent-background-color-hover,var(--neutral-fill-hover))}:host .expanded-details-container .sections .section__content{margin-top:14px}:host .expanded-details-container .sections .section .additional-details{padding:0 20px}:host .expanded-details-container .divider{z-index:100;position:relative;width:375px;margin:0;border-style:none;border-bottom:1px solid var(--person-card-border-color,var(--neutral-stroke-rest))}:host .expanded-details-container .section-nav{height:35px}:host .expanded-details-container .section-nav fluent-tabs{grid-template-columns:minmax(1px,0.1fr)}:host .expanded-details-container .section-nav fluent-tabs.horizontal::part(activeIndicator){width:10px}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel{max-height:360px;min-height:360px;overflow:hidden auto;padding:0;scrollbar-width:thin}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel .inserted{padding:20px 0;max-width:var(--mgt-flyout-set-width,375px);min-width:var(--mgt-flyout-set-width,360px);--file-list-box-shadow:none;--file-list-padding:0}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel .inserted .title{font-size:14px;font-weight:600;color:var(--title-color-subtitle,var(--neutral-foreground-rest,#1a1a1a));margin:0 20px 20px;line-height:19px}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel .overview-panel{max-width:var(--mgt-flyout-set-width,375px)}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel::-webkit-scrollbar{height:4em;width:4px;border-radius:11px}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel::-webkit-scrollbar-button{height:1px}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel::-webkit-scrollbar-track{border-radius:10px}:host .expanded-details-container .section-nav fluent-tabs fluent-tab-panel::-webkit-scrollbar-thumb{background:grey;border-radius:10px;height:4px}:host .expanded-details-container .section-nav fluent-tabs fluent-tab{padding-bottom:1px!important;border:1px solid transparent!important}:host .expanded-details-container .section-nav fluent-tabs fluent-tab:focus-visible{border:1px solid #2b2b2b!important}:host .expanded-details-container .section-nav fluent-tabs fluent-tab.section-nav__icon{cursor:pointer;box-sizing:border-box;width:53px;height:36px;display:flex;align-items:center;justify-content:center}:host .expanded-details-container .section-nav fluent-tabs fluent-tab.section-nav__icon svg{fill:var(--person-card-fluent-background-color,transparent)}:host .expanded-details-container .section-nav fluent-tabs fluent-tab.section-nav__icon:hover{background:var(--person-card-fluent-background-color-hover,var(--neutral-fill-hover));border-radius:4px;z-index:0;position:relative}:host .expanded-details-container .section-host{min-height:360px;overflow:hidden auto}:host .expanded-details-container .section-host::-webkit-scrollbar{height:4em;width:4px;border-radius:11px}:host .expanded-details-container .section-host::-webkit-scrollbar-button{background:#fff}:host .expanded-details-container .section-host::-webkit-scrollbar-track{background:#fff;border-radius:10px}:host .expanded-details-container .section-host::-webkit-scrollbar-track-piece{background:#fff}:host .expanded-details-container .section-host::-webkit-scrollbar-thumb{background:grey;border-radius:10px;height:4px}:host .expanded-details-container .section-host.small{overflow-y:hidden}:host .loading{margin:40px 20px;display:flex;justify-content:center;height:360px}:host .message-section{border-bottom:1px solid var(--person-card-chat-input-border-color,var(--neutral-foreground-hint));display:flex}:host .message-section fluent-text-field{margin:10px 10px 10px 16px;--neutral-fill-input-rest:$person-card-background-color;--neutral-fill-input-hover:$person-card-chat-input-hover-color;--neutral-fill-input-focus:$person-card-chat-input-focus-color;width:300px;margin-inline-start:16px;border-radius:4px;border:1px solid var(--person-card-chat-input-border-color,var(--neutral-foreground-hint))}:host .message-section .send-message-icon{max-width:15px;margin-top:10px}:host .message-section svg{height:17px;width:16px;fill:var(--person-card-chat-input-border-color,var(--neutral-foreground-hint))}:host .message-section svg:hover{filter:brightness(.5)}:host .message-section svg:disabled{filter:none}:host .person-root.large,:host .person-root.threelines{--person-avatar-size-3-lines:75px}:host fluent-button.close-button.lightweight::part(control),:host fluent-button.expanded-details-button::part(control),:host fluent-button.section__show-more.lightweight::part(control){background:var(--person-card-fluent-background-color,transparent)}:host fluent-button.icon::part(control),:host fluent-button.nav__back::part(control){border:none;padding:0;background:0 0}:host fluent-button.icon::part(control) :hover,:host fluent-button.nav__back::part(control) :hover{background:0 0}[dir=rtl] .base-icons{right:91px}[dir=rtl] .nav__back{width:20px!important;transform:scaleX(-1);filter:fliph;filter:"FlipH"}[dir=rtl] .close-card-container .close-button{right:auto;left:10px}[dir=rtl] .message-section svg{transform:scale(-1,1)}@media (forced-colors:active) and (prefers-color-scheme:dark){.root{border:1px solid #fff;border-radius:inherit}.root svg,.root svg>path{fill:rgb(255,255,255)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}.expanded-details-container>svg,.expanded-details-container>svg>path,svg,svg>path{fill:rgb(255,255,255)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}}@media (forced-colors:active) and (prefers-color-scheme:light){.root{border:1px solid #000;border-radius:inherit}.root svg,.root svg>path{fill:rgb(0,0,0)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}.expanded-details-container>svg,.expanded-details-container>svg>path,svg,svg>path{fill:rgb(0,0,0)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}}
`]});var $$,S$=d(()=>{xe();$$=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}
`]});var eu,qg,Gg=d(()=>{xe();we();S$();we();eu=()=>We("spinner",qg),qg=class extends oo{static get styles(){return $$}render(){return g`<fluent-progress-ring title="spinner"></fluent-progress-ring>`}}});var k$,_$,Vi,bl=d(()=>{we();xe();xt();k$=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},_$=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},Vi=class extends Nt{get isCompact(){return this._isCompact}constructor(){super(),this.personDetails=null,this.renderLoading=()=>Ne`
      <div class="loading">
        <mgt-spinner></mgt-spinner>
      </div>
    `,this._isCompact=!1}asCompactView(){return this._isCompact=!0,this}asFullView(){return this._isCompact=!1,this}clearState(){this._isCompact=!1,this.personDetails=null}render(){return this.isCompact?this.renderCompactView():this.renderFullView()}renderNoData(){return g`
      <div class="no-data">No data</div>
    `}navigateCard(e){var t;let o=this.parentNode;for(;o;){o=o.parentNode;let s=o;if(((t=s?.host)===null||t===void 0?void 0:t.tagName)===`${Et.prefix}-PERSON-CARD`.toUpperCase()){o=s.host;break}}o.navigate(e)}};k$([_({attribute:"person-details",type:Object}),_$("design:type",Object)],Vi.prototype,"personDetails",void 0);k$([ce(),_$("design:type",Boolean)],Vi.prototype,"_isCompact",void 0)});var R$,F$=d(()=>{xe();R$=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host .loading,:host .no-data{margin:0 20px;display:flex;justify-content:center}:host .no-data{font-style:normal;font-weight:600;font-size:14px;color:var(--font-color,#323130);line-height:19px}:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{position:relative;user-select:none}:host .root .part{display:grid;grid-template-columns:auto 1fr auto}:host .root .part .part__icon{display:flex;min-width:20px;width:20px;height:20px;align-items:center;justify-content:center;margin-left:20px;margin-top:10px;line-height:20px}:host .root .part .part__icon svg{fill:var(--contact-copy-icon-color,var(--neutral-foreground-hint))}:host .root .part .part__details{margin:10px 14px;overflow:hidden}:host .root .part .part__details .part__title{font-size:12px;color:var(--contact-title-color,var(--neutral-foreground-hint));line-height:16px}:host .root .part .part__details .part__value{grid-column:2;color:var(--contact-value-color,var(--neutral-foreground-rest));font-size:14px;font-weight:400;line-height:19px}:host .root .part .part__details .part__value .part__link{color:var(--contact-link-color,var(--accent-foreground-rest));font-size:14px;cursor:pointer;text-overflow:ellipsis;overflow:hidden;white-space:nowrap;width:100%;display:inline-block}:host .root .part .part__details .part__value .part__link:hover{color:var(--contact-link-hover-color,var(--accent-foreground-hover))}:host .root .part .part__copy{width:32px;height:100%;background-color:var(--contact-background-color,transparent);visibility:hidden;display:flex;align-items:center;justify-content:flex-start}:host .root .part .part__copy svg{fill:var(--contact-copy-icon-color,var(--neutral-foreground-hint));cursor:pointer}:host .root .part:hover .part__copy{visibility:visible}:host .root.compact{padding:0}:host .root.compact .part{height:30px;align-items:center}:host .root.compact .part__details{margin:0}:host .root.compact .part__title{display:none}:host .root.compact .part__icon{margin-top:0;margin-right:6px;margin-bottom:2px}[dir=rtl] .part__link.phone{text-align:right;direction:ltr}[dir=rtl] .part__icon{margin:10px 20px 0 0!important}[dir=rtl].compact .part__icon{margin-left:6px!important;margin-top:0!important}@media (forced-colors:active) and (prefers-color-scheme:dark){.root svg{fill:rgb(255,255,255)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}.root svg path,.root svg rect{fill:rgb(255,255,255)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}}@media (forced-colors:active) and (prefers-color-scheme:light){.root svg{fill:rgb(0,0,0)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}.root svg path,.root svg rect{fill:rgb(0,0,0)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}}
`]});var T$,I$=d(()=>{T$={contactSectionTitle:"Contact",emailTitle:"Email",chatTitle:"Teams",businessPhoneTitle:"Business Phone",cellPhoneTitle:"Mobile Phone",departmentTitle:"Department",personTitle:"Title",officeLocationTitle:"Office Location",copyToClipboardButton:"Copy to clipboard"}});var L$,yl,D$=d(()=>{xe();we();Dn();Rs();bl();F$();Ki();I$();we();L$=()=>{We("contact",yl)},yl=class extends Vi{static get styles(){return R$}get strings(){return T$}get hasData(){return this._contactParts?!!Object.values(this._contactParts).filter(t=>!!t.value).length:!1}constructor(e){var t;super(),this._contactParts={email:{icon:G(k.Email),onClick:()=>this.sendEmail(ni(this._person)),showCompact:!0,title:this.strings.emailTitle},chat:{icon:G(k.Chat),onClick:()=>{var o;return this.sendChat((o=this._person)===null||o===void 0?void 0:o.userPrincipalName)},showCompact:!1,title:this.strings.chatTitle},businessPhone:{icon:G(k.Phone),onClick:()=>{var o,r;return this.sendCall(((r=(o=this._person)===null||o===void 0?void 0:o.businessPhones)===null||r===void 0?void 0:r.length)>0?this._person.businessPhones[0]:null)},showCompact:!0,title:this.strings.businessPhoneTitle},cellPhone:{icon:G(k.CellPhone),onClick:()=>{var o;return this.sendCall((o=this._person)===null||o===void 0?void 0:o.mobilePhone)},showCompact:!0,title:this.strings.cellPhoneTitle},department:{icon:G(k.Department),showCompact:!1,title:this.strings.departmentTitle},title:{icon:G(k.Person),showCompact:!1,title:this.strings.personTitle},officeLocation:{icon:G(k.OfficeLocation),showCompact:!0,title:this.strings.officeLocationTitle}},this.sendCall=o=>{this.sendLink("tel:",o)},this._person=e,this._contactParts.email.value=ni(this._person),this._contactParts.chat.value=this._person.userPrincipalName,this._contactParts.cellPhone.value=this._person.mobilePhone,this._contactParts.department.value=this._person.department,this._contactParts.title.value=this._person.jobTitle,this._contactParts.officeLocation.value=this._person.officeLocation,!((t=this._person.businessPhones)===null||t===void 0)&&t.length&&(this._contactParts.businessPhone.value=this._person.businessPhones[0])}get displayName(){return this.strings.contactSectionTitle}get cardTitle(){return this.strings.contactSectionTitle}renderIcon(){return G(k.Contact)}clearState(){super.clearState();for(let e of Object.keys(this._contactParts))this._contactParts[e].value=null}renderCompactView(){if(!this.hasData)return null;let e=Object.values(this._contactParts).filter(r=>!!r.value),t=Object.values(e).filter(r=>!!r.value&&r.showCompact);t?.length||(t=Object.values(e).slice(0,2));let o=g`
      ${t.map(r=>this.renderContactPart(r))}
    `;return g`
      <div class="root compact" dir=${this.direction}>
        ${o}
      </div>
    `}renderFullView(){let e;if(this.hasData){let t=Object.values(this._contactParts).filter(o=>!!o.value);e=g`
        ${t.map(o=>this.renderContactPart(o))}
      `}return g`
      <div class="root" dir=${this.direction}>
        ${e}
      </div>
    `}renderContactPart(e){let t=!1;(e.title==="Mobile Phone"||e.title==="Business Phone")&&(t=!0);let o={part__link:!0,phone:t},r=e.onClick?g`
          <span class=${st(o)} @click=${s=>e.onClick(s)}>${e.value}</span>
        `:g`
          ${e.value}
        `;return g`
      <div class="part" role="button" @click=${s=>this.handlePartClick(s,e.value)} tabindex="0">
        <div class="part__icon" aria-label=${e.title} title=${e.title}>${e.icon}</div>
        <div class="part__details">
          <div class="part__title">${e.title}</div>
          <div class="part__value" title=${e.title}>${r}</div>
        </div>
        <div
          class="part__copy"
          aria-label=${this.strings.copyToClipboardButton}
          title=${this.strings.copyToClipboardButton}
        >
          ${G(k.Copy)}
        </div>
      </div>
    `}handlePartClick(e,t){t&&navigator.clipboard.writeText(t)}sendLink(e,t){t?window.open(`${e}${t}`,"_blank","noreferrer"):console.error(`\u{1F992}: Target resource for ${e} link was not provided: resource: ${t}`)}sendChat(e){if(!e){console.error("\u{1F992}: Can't send chat when upn is not provided");return}let t=`https://teams.microsoft.com/l/chat/0/0?users=${e}`,o=()=>window.open(t,"_blank","noreferrer");ro.isAvailable?ro.executeDeepLink(t,r=>{r||o()}):o()}sendEmail(e){this.sendLink("mailto:",e)}}});var Tk,E$,A$,Bn,Or,Ik,P$,O$,tu,M$=d(()=>{Ko();({I:Tk}=K0),E$=i=>i,A$=()=>document.createComment(""),Bn=(i,e,t)=>{let o=i._$AA.parentNode,r=e===void 0?i._$AB:e._$AA;if(t===void 0){let s=o.insertBefore(A$(),r),n=o.insertBefore(A$(),r);t=new Tk(s,n,i,i.options)}else{let s=t._$AB.nextSibling,n=t._$AM,a=n!==i;if(a){let l;t._$AQ?.(i),t._$AM=i,t._$AP!==void 0&&(l=i._$AU)!==n._$AU&&t._$AP(l)}if(s!==r||a){let l=t._$AA;for(;l!==s;){let c=E$(l).nextSibling;E$(o).insertBefore(l,r),l=c}}}return t},Or=(i,e,t=i)=>(i._$AI(e,t),i),Ik={},P$=(i,e=Ik)=>i._$AH=e,O$=i=>i._$AH,tu=i=>{i._$AR(),i._$AA.remove()}});var H$,xl,V$=d(()=>{Ko();Sg();M$();H$=(i,e,t)=>{let o=new Map;for(let r=e;r<=t;r++)o.set(i[r],r);return o},xl=Ph(class extends Ln{constructor(i){if(super(i),i.type!==Ah.CHILD)throw Error("repeat() can only be used in text expressions")}dt(i,e,t){let o;t===void 0?t=e:e!==void 0&&(o=e);let r=[],s=[],n=0;for(let a of i)r[n]=o?o(a,n):n,s[n]=t(a,n),n++;return{values:s,keys:r}}render(i,e,t){return this.dt(i,e,t).values}update(i,[e,t,o]){let r=O$(i),{values:s,keys:n}=this.dt(e,t,o);if(!Array.isArray(r))return this.ut=n,s;let a=this.ut??=[],l=[],c,h,u=0,v=r.length-1,y=0,S=s.length-1;for(;u<=v&&y<=S;)if(r[u]===null)u++;else if(r[v]===null)v--;else if(a[u]===n[y])l[y]=Or(r[u],s[y]),u++,y++;else if(a[v]===n[S])l[S]=Or(r[v],s[S]),v--,S--;else if(a[u]===n[S])l[S]=Or(r[u],s[S]),Bn(i,l[S+1],r[u]),u++,S--;else if(a[v]===n[y])l[y]=Or(r[v],s[y]),Bn(i,r[u],r[v]),v--,y++;else if(c===void 0&&(c=H$(n,y,S),h=H$(a,u,v)),c.has(a[u]))if(c.has(a[v])){let O=h.get(n[y]),j=O!==void 0?r[O]:null;if(j===null){let et=Bn(i,r[u]);Or(et,s[y]),l[y]=et}else l[y]=Or(j,s[y]),Bn(i,r[u],j),r[O]=null;y++}else tu(r[v]),v--;else tu(r[u]),u++;for(;y<=S;){let O=Bn(i,l[S+1]);Or(O,s[y]),l[y++]=O}for(;u<=v;){let O=r[u++];O!==null&&tu(O)}return this.ut=n,P$(i,l),ji}})});var Wg=d(()=>{V$()});var B$,z$=d(()=>{xe();B$=[ze`
:host .file-upload-area-button{width:auto;display:flex;align-items:end;justify-content:end;margin-inline-end:36px;margin-top:30px}:host .focus,:host :focus{outline:0}:host fluent-button .upload-icon path{fill:var(--file-upload-button-text-color,var(--foreground-on-accent-rest))}:host fluent-button.file-upload-button::part(control){border:var(--file-upload-button-border,none);background:var(--file-upload-button-background-color,var(--accent-fill-rest))}:host fluent-button.file-upload-button::part(control):hover{background:var(--file-upload-button-background-color-hover,var(--accent-fill-hover))}:host fluent-button.file-upload-button .upload-text{color:var(--file-upload-button-text-color,var(--foreground-on-accent-rest));font-weight:400;line-height:20px}:host input{display:none}:host fluent-progress.file-upload-bar{width:180px;margin-top:10px}:host fluent-dialog::part(overlay){opacity:.5}:host fluent-dialog::part(control){--dialog-width:$file-upload-dialog-width;--dialog-height:$file-upload-dialog-height;padding:var(--file-upload-dialog-padding,24px);border:var(--file-upload-dialog-border,1px solid var(--neutral-fill-rest))}:host fluent-dialog .file-upload-dialog-ok{background:var(--file-upload-dialog-keep-both-button-background-color,var(--accent-fill-rest));border:var(--file-upload-dialog-keep-both-button-border,none);color:var(--file-upload-dialog-keep-both-button-text-color,var(--foreground-on-accent-rest))}:host fluent-dialog .file-upload-dialog-ok:hover{background:var(--file-upload-dialog-keep-both-button-background-color-hover,var(--accent-fill-hover))}:host fluent-dialog .file-upload-dialog-cancel{background:var(--file-upload-dialog-replace-button-background-color,var(--accent-fill-rest));border:var(--file-upload-dialog-replace-button-border,1px solid var(--neutral-foreground-rest));color:var(--file-upload-dialog-replace-button-text-color,var(--neutral-foreground-rest))}:host fluent-dialog .file-upload-dialog-cancel:hover{background:var(--file-upload-dialog-replace-button-background-color-hover,var(--accent-fill-hover))}:host fluent-checkbox{margin-top:12px}:host fluent-checkbox .file-upload-dialog-check{color:var(--file-upload-dialog-text-color,--foreground-on-accent-rest)}:host .file-upload-table{display:flex}:host .file-upload-table.upload{display:flex}:host .file-upload-table .file-upload-cell{padding:1px 0 1px 1px;display:table-cell;vertical-align:middle;position:relative}:host .file-upload-table .file-upload-cell.percent-indicator{padding-inline-start:10px}:host .file-upload-table .file-upload-cell .description{opacity:.5;position:relative}:host .file-upload-table .file-upload-cell .file-upload-filename{max-width:250px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}:host .file-upload-table .file-upload-cell .file-upload-status{position:absolute;left:28px}:host .file-upload-table .file-upload-cell .file-upload-cancel{cursor:pointer;margin-inline-start:20px}:host .file-upload-table .file-upload-cell .file-upload-name{width:auto}:host .file-upload-table .file-upload-cell .cancel-icon{fill:var(--file-upload-dialog-text-color,var(--neutral-foreground-rest))}:host .mgt-file-item{--file-background-color:transparent;--file-padding:0 12px;--file-padding-inline-start:24px}:host .file-upload-template{clear:both}:host .file-upload-template .file-upload-folder-tab{padding-inline-start:20px}:host .file-upload-dialog{display:none}:host .file-upload-dialog .file-upload-dialog-content{background-color:var(--file-upload-dialog-background-color,var(--accent-fill-rest));color:var(--file-upload-dialog-text-color,var(--neutral-foreground-rest));z-index:1;position:relative}:host .file-upload-dialog .file-upload-dialog-content-text{margin-bottom:36px}:host .file-upload-dialog .file-upload-dialog-title{margin-top:0}:host .file-upload-dialog .file-upload-dialog-editor{display:flex;align-items:end;justify-content:end;gap:5px}:host .file-upload-dialog .file-upload-dialog-close{float:right;cursor:pointer}:host .file-upload-dialog .file-upload-dialog-close svg{fill:var(--file-upload-dialog-text-color,var(--neutral-foreground-rest));padding-right:5px}:host .file-upload-dialog.visible{display:block}:host fluent-checkbox.file-upload-dialog-check.hide{display:none}:host .file-upload-dialog-success{cursor:pointer;opacity:.5}:host #file-upload-border{display:none}:host #file-upload-border.visible{border:var(--file-upload-border-drag,1px dashed #0078d4);background-color:var(--file-upload-background-color-drag,rgba(0,120,212,.1));position:absolute;inset:0;z-index:1;display:inline-block}[dir=rtl] :host .file-upload-status{left:0;right:28px}@media (forced-colors:active){:host fluent-button .upload-icon path{fill:highlighttext}:host fluent-button.file-upload-button::part(control){border-width:1px;border-style:solid;border-color:buttontext;background:highlight}:host fluent-button.file-upload-button::part(control):hover{background:highlighttext;border-color:highlight}:host fluent-button.file-upload-button .upload-text{color:highlighttext}:host fluent-button:hover .upload-icon path{fill:highlight}:host fluent-button:hover.file-upload-button::part(control){border-color:highlight;background:highlighttext}:host fluent-button:hover.file-upload-button .upload-text{color:highlight}}
`]});var Be,N$=d(()=>{Be={failUploadFile:"File upload failed",successUploadFile:"File upload succeeded",cancelUploadFile:"File cancel.",buttonUploadFile:"Upload Files",maximumFilesTitle:"Maximum files",maximumFiles:"Sorry, the maximum number of files you can upload at once is {MaxNumber}. Do you want to upload the first {MaxNumber} files or reselect?",maximumFileSizeTitle:"Maximum files size",maximumFileSize:'Sorry, the maximum file size to upload is {FileSize}. The file "{FileName}" has ',fileTypeTitle:"File type",fileType:'Sorry, the format of following file "{FileName}" cannot be uploaded.',checkAgain:"Don't show again",checkApplyAll:"Apply to all",buttonOk:"OK",buttonCancel:"Cancel",buttonUpload:"Upload",buttonKeep:"Keep both",buttonReplace:"Replace",buttonReselect:"Reselect",fileReplaceTitle:"Replace file",fileReplace:'Do you want to replace the file "{FileName}" or keep both files?',uploadButtonLabel:"File upload button"}});var U$,j$=d(()=>{xe();U$=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{font-size:var(--default-font-size);font-weight:var(--default-font-weight,400);border:var(--file-border,1px solid transparent);border-radius:var(--file-border-radius,4px);background-color:var(--file-background-color)}:host .item{display:flex;flex-flow:row nowrap;align-items:center;background-color:var(--file-background-color);padding:var(--file-padding,0);margin:var(--file-margin,0)}:host .item:hover{background-color:var(--file-background-color-hover,var(--neutral-fill-hover));border-radius:var(--file-border-radius,4px);cursor:pointer;--secondary-text-color:var(--secondary-text-hover-color)}:host .item:focus,:host .item:focus-visible{background-color:var(--file-background-color-focus,var(--neutral-fill-hover));border-radius:var(--file-border-radius,4px)}:host .item__file-type-icon{height:var(--file-type-icon-height,28px);display:flex;align-items:center;justify-content:center}:host .item__file-type-icon img{height:var(--file-type-icon-height,28px)}:host .item__details{padding-inline-start:var(--file-padding-inline-start,14px)}:host .item__details .line1{font-size:var(--default-font-size);font-weight:var(--file-line1-font-weight,var(--default-font-weight,400));text-transform:var(--file-line1-text-transform,initial);line-height:20px;color:var(--file-line1-color,var(--neutral-foreground-rest))}:host .item__details .line2{color:var(--file-line2-color,var(--secondary-text-color));font-size:var(--file-line2-font-size, var(--last-modified-font-size, 12px));font-weight:var(--file-line2-font-weight,var(--default-font-weight,400));text-transform:var(--file-line2-text-transform,initial);line-height:16px}:host .item__details .line3{color:var(--file-line3-color,var(--secondary-text-color));font-size:var(--file-line3-font-size, var(--size-font-size, 12px));font-weight:var(--file-line3-font-weight,var(--default-font-weight,400));text-transform:var(--file-line3-text-transform,initial);line-height:16px}[dir=rtl] .item{direction:rtl}[dir=rtl] .item__details{direction:rtl}
`]});var Zg,Qg,q$,G$,Xg=d(()=>{Zg={PowerPoint:"pptx",Word:"docx",Excel:"xlsx",Pdf:"pdf",OneNote:"onetoc",OneNotePage:"one",InfoPath:"xsn",Visio:"vstx",Publisher:"pub",Project:"mpp",Access:"accdb",Mail:"email",Csv:"csv",Archive:"archive",Xps:"vector",Audio:"audio",Video:"video",Image:"photo",Web:"html",Text:"txt",Xml:"xml",Story:"genericfile",ExternalContent:"genericfile",Folder:"folder",Spsite:"spo",Other:"genericfile"},Qg="https://spoprod-a.akamaihd.net/files/fabric-cdn-prod_20201008.001/assets/item-types",q$=(i,e,t)=>{let o=Zg[i]||"genericfile";return`${Qg}/${e.toString()}/${o}.${t}`},G$=(i,e,t)=>Object.keys(Zg).find(r=>Zg[r]===i)?`${Qg}/${e.toString()}/${i}.${t}`:i==="jpg"||i==="png"?(i="photo",`${Qg}/${e.toString()}/${i}.${t}`):null});var W$,Z$=d(()=>{W$={modifiedSubtitle:"Modified",sizeSubtitle:"Size"}});var Ht,Vt,Lk,iu,nt,Yg=d(()=>{xe();xt();j$();we();gl();Go();jh();Xg();Ki();Z$();we();Ht=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},Vt=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},Lk=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},iu=()=>We("file",nt),nt=class extends Nt{static get styles(){return U$}get strings(){return W$}static get requiredScopes(){return[...new Set(["files.read","files.read.all","sites.read.all"])]}args(){return[this.providerState,this.fileQuery,this.siteId,this.itemId,this.driveId,this.itemPath,this.listId,this.groupId,this.userId,this.insightType,this.insightId,this.fileDetails,this.fileIcon]}constructor(){super(),this.renderContent=()=>{if(!this.driveItem)return this.renderNoData();let e=this.driveItem,t;if(t=this.renderTemplate("default",{file:e}),!t){let o=this.renderDetails(e),r=this.renderFileTypeIcon();t=g`
        <div class="item">
          ${r} ${o}
        </div>`}return t},this.line1Property="name",this.line2Property="lastModifiedDateTime",this.line3Property="size",this.view="threelines"}renderNoData(){return this.renderTemplate("no-data",null)||g``}renderFileTypeIcon(){if(!this.fileIcon&&!this.driveItem.name)return g``;let e,t="";if(this.fileIcon)e=this.fileIcon;else{let o=/(?:\.([^.]+))?$/;t=this.driveItem.package===void 0&&this.driveItem.folder===void 0?o.exec(this.driveItem.name)[1]?o.exec(this.driveItem.name)[1].toLowerCase():this.driveItem.size?"null":"folder":this.driveItem.package!==void 0&&this.driveItem.package.type==="oneNote"?"onetoc":"folder",e=G$(t,48,"svg")}return g`
      <div class="item__file-type-icon">
        ${e?g`
              <img src=${e} alt="${t.toUpperCase()} File icon" />
            `:g`
              ${G(k.File)}
            `}
      </div>
    `}renderDetails(e){if(!e||this.view==="image")return g``;let t=[];if(this.view>"image"){let o=this.getTextFromProperty(e,this.line1Property);o&&t.push(g`
          <div class="line1" aria-label="${o}">${o}</div>
        `)}if(this.view>"oneline"){let o=this.getTextFromProperty(e,this.line2Property);o&&t.push(g`
          <div class="line2" aria-label="${o}">${o}</div>
        `)}if(this.view>"twolines"){let o=this.getTextFromProperty(e,this.line3Property);o&&t.push(g`
          <div class="line3" aria-label="${o}">${o}</div>
        `)}return g`
      <div class="item__details">
        ${t}
      </div>
    `}loadState(){return Lk(this,void 0,void 0,function*(){if(this.fileDetails){this.driveItem=this.fileDetails;return}let e=W.globalProvider;if(!e||e.state===le.Loading)return;if(e.state===le.SignedOut){this.driveItem=null;return}let t=e.graph.forComponent(this),o,r=!this.driveId&&!this.siteId&&!this.groupId&&!this.listId&&!this.userId;this.driveId&&!this.itemId&&!this.itemPath||this.siteId&&!this.itemId&&!this.itemPath||this.groupId&&!this.itemId&&!this.itemPath||this.listId&&!this.siteId&&!this.itemId||this.insightType&&!this.insightId||this.userId&&!this.itemId&&!this.itemPath&&!this.insightType&&!this.insightId?o=null:this.fileQuery?o=yield Yt(t,this.fileQuery):this.itemId&&r?o=yield q4(t,this.itemId):this.itemPath&&r?o=yield G4(t,this.itemPath):this.userId?this.itemId?o=yield X4(t,this.userId,this.itemId):this.itemPath?o=yield Y4(t,this.userId,this.itemPath):this.insightType&&this.insightId&&(o=yield K4(t,this.userId,this.insightType,this.insightId)):this.driveId?this.itemId?o=yield z4(t,this.driveId,this.itemId):this.itemPath&&(o=yield N4(t,this.driveId,this.itemPath)):this.siteId&&!this.listId?this.itemId?o=yield W4(t,this.siteId,this.itemId):this.itemPath&&(o=yield Z4(t,this.siteId,this.itemPath)):this.listId?o=yield Q4(t,this.siteId,this.listId,this.itemId):this.groupId?this.itemId?o=yield U4(t,this.groupId,this.itemId):this.itemPath&&(o=yield j4(t,this.groupId,this.itemPath)):this.insightType&&!this.userId&&(o=yield J4(t,this.insightType,this.insightId)),this.driveItem=o})}getTextFromProperty(e,t){if(!t||t.length===0)return null;let o=t.trim().split(","),r,s=0;for(;!r&&s<o.length;){let n=o[s].trim();switch(n){case"size":{let a="0";e.size&&(a=nl(e.size)),r=`${this.strings.sizeSubtitle}: ${a}`;break}case"lastModifiedDateTime":{let a,l;if(e.lastModifiedDateTime){let c=new Date(e.lastModifiedDateTime);a=En(c),l=`${this.strings.modifiedSubtitle} ${a}`}else l="";r=l;break}default:r=e[n]}s++}return r}};Ht([_({attribute:"file-query"}),Vt("design:type",String)],nt.prototype,"fileQuery",void 0);Ht([_({attribute:"site-id"}),Vt("design:type",String)],nt.prototype,"siteId",void 0);Ht([_({attribute:"drive-id"}),Vt("design:type",String)],nt.prototype,"driveId",void 0);Ht([_({attribute:"group-id"}),Vt("design:type",String)],nt.prototype,"groupId",void 0);Ht([_({attribute:"list-id"}),Vt("design:type",String)],nt.prototype,"listId",void 0);Ht([_({attribute:"user-id"}),Vt("design:type",String)],nt.prototype,"userId",void 0);Ht([_({attribute:"item-id"}),Vt("design:type",String)],nt.prototype,"itemId",void 0);Ht([_({attribute:"item-path"}),Vt("design:type",String)],nt.prototype,"itemPath",void 0);Ht([_({attribute:"insight-type"}),Vt("design:type",String)],nt.prototype,"insightType",void 0);Ht([_({attribute:"insight-id"}),Vt("design:type",String)],nt.prototype,"insightId",void 0);Ht([_({type:Object}),Vt("design:type",Object)],nt.prototype,"fileDetails",void 0);Ht([_({attribute:"file-icon"}),Vt("design:type",String)],nt.prototype,"fileIcon",void 0);Ht([_({type:Object}),Vt("design:type",Object)],nt.prototype,"driveItem",void 0);Ht([_({attribute:"line1-property"}),Vt("design:type",String)],nt.prototype,"line1Property",void 0);Ht([_({attribute:"line2-property"}),Vt("design:type",String)],nt.prototype,"line2Property",void 0);Ht([_({attribute:"line3-property"}),Vt("design:type",String)],nt.prototype,"line3Property",void 0);Ht([_({attribute:"view",converter:i=>Mn(i,"threelines")}),Vt("design:type",String)],nt.prototype,"view",void 0)});var Q$,X$,Ls,Jg,Dk,Ek,Ak,Y$,Pk,wl,J$=d(()=>{ks();we();xe();xt();Dn();gl();Hn();Ki();Go();z$();N$();we();Yg();Q$=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},X$=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},Ls=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Jg=i=>i.isDirectory,Dk=i=>i.isFile,Ek=i=>"getAsEntry"in i&&typeof i.getAsEntry=="function",Ak=i=>"getAsFile"in i&&typeof i.getAsFile=="function"||"webkitGetAsEntry"in i&&typeof i.webkitGetAsEntry=="function",Y$=()=>{wo(dg,Ya,Jm,rg),iu(),We("file-upload",wl)},Pk=i=>i?.length>1?i[1]==="replace"?"replace":"rename":null,wl=class extends io{static get styles(){return B$}get strings(){return Be}static get requiredScopes(){return[...new Set(["files.readwrite","files.readwrite.all","sites.readwrite.all"])]}get _dropEffect(){return"copy"}constructor(){super(),this._dragCounter=0,this._maxChunkSize=4*1024*1024,this._dialogTitle="",this._dialogContent="",this._dialogPrimaryButton="",this._dialogSecondaryButton="",this._dialogCheckBox="",this._applyAll=!1,this._applyAllConflictBehavior=null,this._maximumFileSize=!1,this._excludedFileType=!1,this.onFileUploadChange=e=>{let t=e.target;!e||t.files.length<1||this.readUploadedFiles(t.files,()=>t.value=null)},this.onFileUploadClick=()=>{this.renderRoot.querySelector("#file-upload-input").click()},this.handleonDragOver=e=>{e.preventDefault(),e.stopPropagation(),e.dataTransfer.items&&e.dataTransfer.items.length>0&&(e.dataTransfer.dropEffect=e.dataTransfer.dropEffect=this._dropEffect)},this.handleonDragEnter=e=>{e.preventDefault(),e.stopPropagation(),this._dragCounter++,e.dataTransfer.items&&e.dataTransfer.items.length>0&&(e.dataTransfer.dropEffect=this._dropEffect,this.renderRoot.querySelector("#file-upload-border").classList.add("visible"))},this.handleonDragLeave=e=>{e.preventDefault(),e.stopPropagation(),this._dragCounter--,this._dragCounter===0&&this.renderRoot.querySelector("#file-upload-border").classList.remove("visible")},this.handleonDrop=e=>{var t;e.preventDefault(),e.stopPropagation();let o=()=>{e.dataTransfer.clearData()};this.renderRoot.querySelector("#file-upload-border").classList.remove("visible"),!((t=e.dataTransfer)===null||t===void 0)&&t.items&&this.readUploadedFiles(e.dataTransfer.items,o),this._dragCounter=0},this.filesToUpload=[],this.addEventListener("__uploadfailed",this.focusOnUpload),this.addEventListener("__uploadsuccess",this.focusOnUpload)}focusOnUpload(){let e=this.renderRoot.querySelector('mgt-file[part="upload"]');e&&(e.setAttribute("tabindex","0"),e.classList.add("upload"),e.focus())}render(){if(this.parentElement!==null){let e=this.parentElement;e.addEventListener("dragenter",this.handleonDragEnter),e.addEventListener("dragleave",this.handleonDragLeave),e.addEventListener("dragover",this.handleonDragOver),e.addEventListener("drop",this.handleonDrop)}return g`
        <div id="file-upload-dialog" class="file-upload-dialog">
          <!-- Modal content -->
          <fluent-dialog modal="true" class="file-upload-dialog-content">
            <span
              class="file-upload-dialog-close"
              id="file-upload-dialog-close">
                ${G(k.Cancel)}
            </span>
            <div class="file-upload-dialog-content-text">
              <h2 class="file-upload-dialog-title">${this._dialogTitle}</h2>
              <div>${this._dialogContent}</div>
                <fluent-checkbox
                  id="file-upload-dialog-check"
                  class="file-upload-dialog-check">
                    ${this._dialogCheckBox}
                </fluent-checkbox>
            </div>
            <div class="file-upload-dialog-editor">
              <fluent-button
                appearance="accent"
                class="file-upload-dialog-ok">
                ${this._dialogPrimaryButton}
              </fluent-button>
              <fluent-button
                appearance="outline"
                class="file-upload-dialog-cancel">
                ${this._dialogSecondaryButton}
              </fluent-button>
            </div>
          </fluent-dialog>
        </div>
        <div id="file-upload-border"></div>
        <div class="file-upload-area-button">
          <input
            id="file-upload-input"
            title="${this.strings.uploadButtonLabel}"
            tabindex="-1"
            aria-label="file upload input"
            type="file"
            multiple
            @change="${this.onFileUploadChange}"
          />
          <fluent-button
            appearance="accent"
            class="file-upload-button"
            @click=${this.onFileUploadClick}
            label=${this.strings.uploadButtonLabel}>
              <span slot="start">${G(k.Upload)}</span>
              <span class="upload-text">${this.strings.buttonUploadFile}</span>
          </fluent-button>
        </div>
        <div class="file-upload-template">
          ${this.renderFolderTemplate(this.filesToUpload)}
        </div>
       `}renderFolderTemplate(e){let t=[];if(e.length>0){let o=e.map(r=>t.indexOf(r.fullPath.substring(0,r.fullPath.lastIndexOf("/")))===-1?r.fullPath.endsWith("/")?g`${this.renderFileTemplate(r,"")}`:(t.push(r.fullPath.substring(0,r.fullPath.lastIndexOf("/"))),Ne`
            <div class='file-upload-table'>
              <div class='file-upload-cell'>
                <mgt-file
                  .fileDetails=${{name:r.fullPath.substring(1,r.fullPath.lastIndexOf("/")),folder:"Folder"}}
                  view="oneline"
                  class="mgt-file-item">
                </mgt-file>
              </div>
            </div>
            ${this.renderFileTemplate(r,"file-upload-folder-tab")}`):g`${this.renderFileTemplate(r,"file-upload-folder-tab")}`);return g`${o}`}return g``}renderFileTemplate(e,t){let o=st({"file-upload-table":!0,upload:e.completed}),r=t+(e.fieldUploadResponse==="lastModifiedDateTime"?" file-upload-dialog-success":""),s=e.fieldUploadResponse==="description",n=st({description:s}),a=e.completed?g``:this.renderFileUploadTemplate(e),l=s?Be.failUploadFile:Be.successUploadFile;return Ne`
        <div class="${o}">
          <div class="${r}">
            <div class='file-upload-cell'>
              <div class="${n}">
                <div class="file-upload-status">
                  ${e.iconStatus}
                </div>
                <mgt-file
                  .fileDetails=${e.driveItem}
                  .view=${e.view}
                  .line2Property=${e.fieldUploadResponse}
                  aria-label="${e.driveItem.name} ${l}"
                  part="upload"
                  class="mgt-file-item">
                </mgt-file>
              </div>
            </div>
              ${a}
            </div>
          </div>
        </div>`}renderFileUploadTemplate(e){let t=st({"file-upload-table":!0,upload:e.completed});return g`
    <div class='file-upload-cell'>
      <div class='file-upload-table file-upload-name'>
        <div class='file-upload-cell'>
          <div
            title="${e.file.name}"
            class='file-upload-filename'>
            ${e.file.name}
          </div>
        </div>
      </div>
      <div class='file-upload-table'>
        <div class='file-upload-cell'>
          <div class="${t}">
            <fluent-progress class="file-upload-bar" value="${e.percent}"></fluent-progress>
            <div class='file-upload-cell percent-indicator'>
              <span>${e.percent}%</span>
              <span
                class="file-upload-cancel"
                @click=${()=>this.deleteFileUploadSession(e)}>
                ${G(k.Cancel)}
              </span>
            </div>
          </div>
        </div>
      </div>
    </div>
    `}deleteFileUploadSession(e){return Ls(this,void 0,void 0,function*(){try{e.uploadUrl!==void 0?(yield b$(this.fileUploadList.graph,e.uploadUrl),e.uploadUrl=void 0,e.completed=!0,this.setUploadFail(e,Be.cancelUploadFile)):(e.uploadUrl=void 0,e.completed=!0,this.setUploadFail(e,Be.cancelUploadFile))}catch{e.uploadUrl=void 0,e.completed=!0,this.setUploadFail(e,Be.cancelUploadFile)}})}readUploadedFiles(e,t){return Ls(this,void 0,void 0,function*(){let o=yield this.getFilesFromUploadArea(e);yield this.getSelectedFiles(o),t()})}getSelectedFiles(e){return Ls(this,void 0,void 0,function*(){let t=[],o=[];this._applyAll=!1,this._applyAllConflictBehavior=null,this._maximumFileSize=!1,this._excludedFileType=!1,this.filesToUpload.forEach(s=>{s.completed?o.push(s):t.push(s)});for(let s of e){let n=s.fullPath===""?"/"+s.name:s.fullPath;if(t.filter(a=>a.fullPath===n).length===0){let a=!0;if(this.fileUploadList.maxFileSize!==void 0&&a&&s.size>this.fileUploadList.maxFileSize*1024&&(a=!1,this._maximumFileSize===!1)){let l=yield this.getFileUploadStatus(s,n,"MaxFileSize",this.fileUploadList);l!==null&&l[0]===1&&(this._maximumFileSize=!0)}if(this.fileUploadList.excludedFileExtensions!==void 0&&this.fileUploadList.excludedFileExtensions.length>0&&a&&this.fileUploadList.excludedFileExtensions.filter(l=>s.name.toLowerCase().indexOf(l.toLowerCase())>-1).length>0&&(a=!1,this._excludedFileType===!1)){let l=yield this.getFileUploadStatus(s,n,"ExcludedFileType",this.fileUploadList);l!==null&&l[0]===1&&(this._excludedFileType=!0)}if(a){let l=yield this.getFileUploadStatus(s,n,"Upload",this.fileUploadList),c=!1;l!==null&&(l[0]===-1?c=!0:(this._applyAll=!!l[0],this._applyAllConflictBehavior=l[1]?1:0)),t.push({file:s,driveItem:{name:s.name},fullPath:n,conflictBehavior:Pk(l),iconStatus:null,percent:1,view:"image",completed:c,maxSize:this._maxChunkSize,minSize:0})}}}t=t.sort((s,n)=>s.fullPath.substring(0,s.fullPath.lastIndexOf("/")).localeCompare(n.fullPath.substring(0,n.fullPath.lastIndexOf("/")))),t.forEach(s=>{if(o.filter(n=>n.fullPath===s.fullPath).length!==0){let n=o.findIndex(a=>a.fullPath===s.fullPath);o.splice(n,1)}}),t.push(...o),this.filesToUpload=t;let r=this.filesToUpload.map(s=>this.sendFileItemGraph(s));yield Promise.all(r)})}getFileUploadStatus(e,t,o,r){let s=Object.create(null,{requestStateUpdate:{get:()=>super.requestStateUpdate}});return Ls(this,void 0,void 0,function*(){let n=this.renderRoot.querySelector("#file-upload-dialog");switch(o){case"Upload":return(yield f$(this.fileUploadList.graph,`${this.getGrapQuery(t)}?$select=id`))!==null?this._applyAll===!0?[this._applyAll,this._applyAllConflictBehavior]:(n.classList.add("visible"),this._dialogTitle=Be.fileReplaceTitle,this._dialogContent=Be.fileReplace.replace("{FileName}",e.name),this._dialogCheckBox=Be.checkApplyAll,this._dialogPrimaryButton=Be.buttonReplace,this._dialogSecondaryButton=Be.buttonKeep,yield s.requestStateUpdate.call(this,!0),new Promise(l=>{let c=this.renderRoot.querySelector(".file-upload-dialog-close"),h=this.renderRoot.querySelector(".file-upload-dialog-ok"),u=this.renderRoot.querySelector(".file-upload-dialog-cancel"),v=this.renderRoot.querySelector("#file-upload-dialog-check");v.checked=!1,v.classList.remove("hide");let y=()=>{n.classList.remove("visible"),l([v.checked?1:0,"replace"])},S=()=>{n.classList.remove("visible"),l([v.checked?1:0,"rename"])},O=()=>{n.classList.remove("visible"),l([-1])};h.removeEventListener("click",y),u.removeEventListener("click",S),c.removeEventListener("click",O),h.addEventListener("click",y),u.addEventListener("click",S),c.addEventListener("click",O)})):null;case"ExcludedFileType":return n.classList.add("visible"),this._dialogTitle=Be.fileTypeTitle,this._dialogContent=Be.fileType.replace("{FileName}",e.name)+" ("+r.excludedFileExtensions.join(",")+")",this._dialogCheckBox=Be.checkAgain,this._dialogPrimaryButton=Be.buttonOk,this._dialogSecondaryButton=Be.buttonCancel,yield s.requestStateUpdate.call(this,!0),new Promise(a=>{let l=this.renderRoot.querySelector(".file-upload-dialog-ok"),c=this.renderRoot.querySelector(".file-upload-dialog-cancel"),h=this.renderRoot.querySelector(".file-upload-dialog-close"),u=this.renderRoot.querySelector("#file-upload-dialog-check");u.checked=!1,u.classList.remove("hide");let v=()=>{n.classList.remove("visible"),a([u.checked?1:0])},y=()=>{n.classList.remove("visible"),a([0])};l.removeEventListener("click",v),c.removeEventListener("click",y),h.removeEventListener("click",y),l.addEventListener("click",v),c.addEventListener("click",y),h.addEventListener("click",y)});case"MaxFileSize":return n.classList.add("visible"),this._dialogTitle=Be.maximumFileSizeTitle,this._dialogContent=Be.maximumFileSize.replace("{FileSize}",nl(r.maxFileSize*1024)).replace("{FileName}",e.name)+nl(e.size)+".",this._dialogCheckBox=Be.checkAgain,this._dialogPrimaryButton=Be.buttonOk,this._dialogSecondaryButton=Be.buttonCancel,yield s.requestStateUpdate.call(this,!0),new Promise(a=>{let l=this.renderRoot.querySelector(".file-upload-dialog-ok"),c=this.renderRoot.querySelector(".file-upload-dialog-cancel"),h=this.renderRoot.querySelector(".file-upload-dialog-close"),u=this.renderRoot.querySelector("#file-upload-dialog-check");u.checked=!1,u.classList.remove("hide");let v=()=>{n.classList.remove("visible"),a([u.checked?1:0])},y=()=>{n.classList.remove("visible"),a([0])};l.removeEventListener("click",v),c.removeEventListener("click",y),h.removeEventListener("click",y),l.addEventListener("click",v),c.addEventListener("click",y),h.addEventListener("click",y)});default:break}})}getGrapQuery(e){let t="";return this.fileUploadList.itemPath&&this.fileUploadList.itemPath.length>0&&(t=this.fileUploadList.itemPath.startsWith("/")?this.fileUploadList.itemPath:"/"+this.fileUploadList.itemPath),this.fileUploadList.userId&&this.fileUploadList.itemId?`/users/${this.fileUploadList.userId}/drive/items/${this.fileUploadList.itemId}:${e}`:this.fileUploadList.userId&&this.fileUploadList.itemPath?`/users/${this.fileUploadList.userId}/drive/root:${t}${e}`:this.fileUploadList.groupId&&this.fileUploadList.itemId?`/groups/${this.fileUploadList.groupId}/drive/items/${this.fileUploadList.itemId}:${e}`:this.fileUploadList.groupId&&this.fileUploadList.itemPath?`/groups/${this.fileUploadList.groupId}/drive/root:${t}${e}`:this.fileUploadList.driveId&&this.fileUploadList.itemId?`/drives/${this.fileUploadList.driveId}/items/${this.fileUploadList.itemId}:${e}`:this.fileUploadList.driveId&&this.fileUploadList.itemPath?`/drives/${this.fileUploadList.driveId}/root:${t}${e}`:this.fileUploadList.siteId&&this.fileUploadList.itemId?`/sites/${this.fileUploadList.siteId}/drive/items/${this.fileUploadList.itemId}:${e}`:this.fileUploadList.siteId&&this.fileUploadList.itemPath?`/sites/${this.fileUploadList.siteId}/drive/root:${t}${e}`:this.fileUploadList.itemId?`/me/drive/items/${this.fileUploadList.itemId}:${e}`:this.fileUploadList.itemPath?`/me/drive/root:${t}${e}`:`/me/drive/root:${e}`}sendFileItemGraph(e){return Ls(this,void 0,void 0,function*(){let t=this.fileUploadList.graph,o="";if(e.file.size<this._maxChunkSize)try{e.completed||((e.conflictBehavior===null||e.conflictBehavior==="replace")&&(o=`${this.getGrapQuery(e.fullPath)}:/content`),e.conflictBehavior==="rename"&&(o=`${this.getGrapQuery(e.fullPath)}:/content?@microsoft.graph.conflictBehavior=rename`),e.driveItem=yield v$(t,o,e.file),e.driveItem!==null?this.setUploadSuccess(e):(e.driveItem={name:e.file.name},this.setUploadFail(e,Be.failUploadFile)))}catch{this.setUploadFail(e,Be.failUploadFile)}else if(!e.completed&&e.uploadUrl===void 0){let r=yield m$(t,`${this.getGrapQuery(e.fullPath)}:/createUploadSession`,e.conflictBehavior);try{if(r!==null){e.uploadUrl=r.uploadUrl;let s=yield this.sendSessionUrlGraph(t,e);s!==null?(e.driveItem=s,this.setUploadSuccess(e)):this.setUploadFail(e,Be.failUploadFile)}else this.setUploadFail(e,Be.failUploadFile)}catch{}}})}sendSessionUrlGraph(e,t){let o=Object.create(null,{requestStateUpdate:{get:()=>super.requestStateUpdate}});return Ls(this,void 0,void 0,function*(){for(;t.file.size>t.minSize;){t.mimeStreamString===void 0&&(t.mimeStreamString=yield this.readFileContent(t.file));let r=new Blob([t.mimeStreamString.slice(t.minSize,t.maxSize)]);if(t.percent=Math.round(t.maxSize/t.file.size*100),yield o.requestStateUpdate.call(this,!0),t.uploadUrl!==void 0){let s=yield g$(e,t.uploadUrl,`${t.maxSize-t.minSize}`,`bytes ${t.minSize}-${t.maxSize-1}/${t.file.size}`,r);if(s===null)return null;if(V4(s))t.minSize=parseInt(s.nextExpectedRanges[0].split("-")[0],10),t.maxSize=t.minSize+this._maxChunkSize,t.maxSize>t.file.size&&(t.maxSize=t.file.size);else if(s.id!==void 0)return s}else return null}})}setUploadSuccess(e){e.percent=100,super.requestStateUpdate(!0),setTimeout(()=>{e.iconStatus=G(k.Success),e.view="twolines",e.fieldUploadResponse="lastModifiedDateTime",e.completed=!0,super.requestStateUpdate(!0),Qh(),this.fireCustomEvent("__uploadsuccess")},500)}setUploadFail(e,t){setTimeout(()=>{e.iconStatus=G(k.Fail),e.view="twolines",e.driveItem.description=t,e.fieldUploadResponse="description",e.completed=!0,super.requestStateUpdate(!0),this.fireCustomEvent("__uploadfailed")},500)}readFileContent(e){return new Promise((t,o)=>{let r=new FileReader;r.onloadend=()=>{t(r.result)},r.onerror=s=>{o(s)},r.readAsArrayBuffer(e)})}getFilesFromUploadArea(e){return Ls(this,void 0,void 0,function*(){let t=[],o,r=[];for(let s of e)if(Ak(s))if(Ek(s))if(o=s.getAsEntry(),Jg(o))t.push(o);else{let n=s.getAsFile();n&&(this.writeFilePath(n,""),r.push(n))}else if(s.webkitGetAsEntry)if(o=s.webkitGetAsEntry(),Jg(o))t.push(o);else{let n=s.getAsFile();n&&(this.writeFilePath(n,""),r.push(n))}else{let n=s.getAsFile();n&&(this.writeFilePath(n,""),r.push(n))}else this.writeFilePath(s,""),r.push(s);if(t.length>0){let s=yield this.getFolderFiles(t);r.push(...s)}return r})}getFolderFiles(e){return new Promise(t=>{let o=0,r=[];e.forEach(a=>{s(a,"")});let s=(a,l)=>{Jg(a)?n(a.createReader()):Dk(a)&&(o++,a.file(c=>{o--,this.writeFilePath(c,l),r.push(c),o===0&&t(r)}))},n=a=>{o++,a.readEntries(l=>{o--;for(let c of l)s(c,c.fullPath);o===0&&t(r)})}})}writeFilePath(e,t){e.fullPath=t}};Q$([_({type:Object}),X$("design:type",Array)],wl.prototype,"filesToUpload",void 0);Q$([_({type:Object}),X$("design:type",Object)],wl.prototype,"fileUploadList",void 0)});var K$,e6=d(()=>{xe();K$=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{font-size:var(--default-font-size)}:host .title{font-size:14px;font-weight:600;padding:20px 0 12px;line-height:19px}:host .file-list-wrapper{background-color:var(--file-list-background-color,var(--neutral-layer-1));border:var(--file-list-border,none);position:relative;display:flex;flex-direction:column;border-radius:8px}:host .file-list-wrapper .title{font-size:14px;font-weight:600;margin:0 20px -15px}:host .file-list-wrapper .file-list{display:flex;padding:var(--file-list-padding,0);margin:var(--file-list-margin,0);flex-direction:column;list-style:none}:host .file-list-wrapper .file-list .file-list-children-show{display:block;margin-inline-start:calc(16px * 2)}:host .file-list-wrapper .file-list .file-list-children-show ul{list-style:none}:host .file-list-wrapper .file-list .file-list-children-show ul li{padding:8px 0}:host .file-list-wrapper .file-list .file-list-children-hide{display:none}:host .file-list-wrapper .file-list .file-item{cursor:pointer;border-radius:var(--file-border-radius)}:host .file-list-wrapper .file-list .file-item:focus,:host .file-list-wrapper .file-list .file-item:focus-within{--file-background-color:var(--file-background-color-focus, var(--neutral-layer-2))}:host .file-list-wrapper .file-list .file-item.selected{--file-background-color:var(--file-background-color-active, var(--neutral-layer-3))}:host .file-list-wrapper .file-list .file-item .mgt-file-item{--file-padding:10px 20px 10px 20px;--file-padding-inline-start:24px;--file-border-radius:2px;--file-background-color:var(--file-item-background-color, var(--neutral-layer-1))}:host .file-list-wrapper .file-list .file-item .file-list-children{background-color:beige}:host .file-list-wrapper .progress-ring{margin:4px auto;width:var(--progress-ring-size,24px);height:var(--progress-ring-size,24px)}:host .file-list-wrapper .show-more{text-align:center;font-size:var(--show-more-button-font-size, 12px);padding:var(--show-more-button-padding,0);border-radius:0 0 var(--show-more-button-border-bottom-right-radius,var(--file-list-border-radius,8px)) var(--show-more-button-border-bottom-left-radius,var(--file-list-border-radius,8px));background-color:var(--show-more-button-background-color,var(--neutral-stroke-divider-rest))}:host .file-list-wrapper .show-more:hover{background-color:var(--show-more-button-background-color-hover,var(--neutral-fill-input-alt-active))}:host .file-list-wrapper .show-more-text{font-size:var(--show-more-button-font-size, 12px)}:host .file-list-wrapper .shared_insight_file{display:flex;align-items:center;padding:11px 20px}:host .file-list-wrapper .shared_insight_file:hover{background-color:var(--file-item-background-color,var(--neutral-layer-1));cursor:pointer}:host .file-list-wrapper .shared_insight_file:last-child{margin-bottom:unset}:host .file-list-wrapper .shared_insight_file .shared_insight_file__icon{width:28px;min-width:28px;height:28px;margin-inline-end:12px;display:flex;align-items:center;justify-content:center}:host .file-list-wrapper .shared_insight_file .shared_insight_file__icon img{height:28px;width:28px}:host .file-list-wrapper .shared_insight_file .shared_insight_file__details{min-width:0;margin-inline-end:40px}:host .file-list-wrapper .shared_insight_file .shared_insight_file__details .shared_insight_file__name{font-size:var(--file-line1-font-size, var(--size-font-size, 12px));color:var(--file-line1-color,var(--neutral-foreground-rest))}:host .file-list-wrapper .shared_insight_file .shared_insight_file__details .shared_insight_file__last-modified{font-size:var(--file-line3-font-size, var(--size-font-size, 12px));color:var(--file-line3-color,var(--secondary-text-color))}:host .file-list-wrapper .shared_insight_file .shared_insight_file__details>div{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
`]});var t6,i6=d(()=>{t6={showMoreSubtitle:"Show more items",filesSectionTitle:"Files",sharedTextSubtitle:"Shared"}});var at,lt,o6,r6,Ok,Pe,s6=d(()=>{we();xe();xt();Wg();gl();Ki();jh();e6();i6();Yg();J$();ks();Hn();Go();Xg();at=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},lt=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},o6=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},r6=()=>{wo(ug),iu(),Y$(),We("file-list",Pe)},Ok=i=>"lastShared"in i,Pe=class extends Nt{static get styles(){return K$}get strings(){return t6}get displayName(){return this.strings.filesSectionTitle}get cardTitle(){return this.strings.filesSectionTitle}renderIcon(){return G(k.Files)}static get requiredScopes(){return[...new Set([...nt.requiredScopes])]}constructor(e){super(),this._isCompact=!1,this.fileQueries=null,this.files=null,this.itemView="threelines",this.fileExtensions=[],this.pageSize=10,this.disableOpenOnClick=!1,this.hideMoreFilesButton=!1,this.enableFileUpload=!1,this.maxUploadFile=10,this.excludedFileExtensions=[],this._preloadedFiles=[],this._focusedItemIndex=-1,this.renderLoading=()=>this.files?this.renderContent():this.renderTemplate("loading",null)||g``,this.renderContent=()=>!this.files||this.files.length===0?this.renderNoData():(this._personCardFiles&&(this.files=this._personCardFiles),this._isCompact?this.renderCompactView():this.renderFullView()),this.onFocusFirstItem=()=>this._focusedItemIndex=0,this.onFileListKeyDown=t=>{let o=t.target,r;o.classList?r=this.renderRoot.querySelector(".file-list"):r=this.renderRoot.querySelector(".file-list-children");let s;if(r?.children.length){if((t.code==="ArrowUp"||t.code==="ArrowDown")&&(t.code==="ArrowUp"&&(this._focusedItemIndex===-1&&(this._focusedItemIndex=r.children.length),this._focusedItemIndex=(this._focusedItemIndex-1+r.children.length)%r.children.length),t.code==="ArrowDown"&&(this._focusedItemIndex=(this._focusedItemIndex+1)%r.children.length),s=r.children[this._focusedItemIndex],this.updateItemBackgroundColor(r,s,"focused")),t.code==="Enter"||t.code==="Space"){s=r.children[this._focusedItemIndex];let n=s.children[0];t.preventDefault(),this.fireCustomEvent("itemClick",n.fileDetails),this.handleFileClick(n.fileDetails),this.updateItemBackgroundColor(r,s,"selected")}t.code==="Tab"&&(s=r.children[this._focusedItemIndex])}},this.handleSharedInsightClick=(t,o)=>{var r;!((r=t.resourceReference)===null||r===void 0)&&r.webUrl&&!this.disableOpenOnClick&&(o.preventDefault(),window.open(t.resourceReference.webUrl,"_blank","noreferrer"))},this.handleFileClick=t=>{var o;if(((o=t?.folder)===null||o===void 0?void 0:o.childCount)>0&&t?.children){this.showChildren(t.id);return}t?.webUrl&&!this.disableOpenOnClick&&window.open(t.webUrl,"_blank","noreferrer")},this.showChildren=t=>{let o=this.renderRoot.querySelector(`#file-list-item-${t}`);this.renderChildren(t,o)},this.renderChildren=(t,o)=>{let r=Et.isDisambiguated?`${Et.prefix}-file-list`:"mgt-file-list",s=this.renderRoot.querySelector(`#file-list-children-${t}`);if(s)s.classList.contains("file-list-children-hide")?s.setAttribute("class","file-list-children-show"):s.setAttribute("class","file-list-children-hide");else{let n=document.createElement(r);n.setAttribute("item-id",t),n.setAttribute("id",`file-list-children-${t}`),n.setAttribute("class","file-list-children-show"),o.after(n)}},this._personCardFiles=e}clearState(){super.clearState(),this.files=null,this._personCardFiles=null}asCompactView(){return this._isCompact=!0,this}asFullView(){return this._isCompact=!1,this}args(){return[this.providerState,this.fileListQuery,this.fileQueries,this.siteId,this.driveId,this.groupId,this.itemId,this.itemPath,this.userId,this.insightType,this.fileExtensions,this.pageSize,this.maxFileSize]}renderCompactView(){let e=this.files.slice(0,3);return this.renderFiles(e)}renderFullView(){return this.renderTemplate("default",{files:this.files})||this.renderFiles(this.files)}renderNoData(){return this.renderTemplate("no-data",null)||(this.enableFileUpload===!0&&W.globalProvider!==void 0?g`
            <div class="file-list-wrapper" dir=${this.direction}>
              ${this.renderFileUpload()}
            </div>`:g``)}renderFiles(e){return g`
      <div id="file-list-wrapper" class="file-list-wrapper" dir=${this.direction}>
        ${this.enableFileUpload?this.renderFileUpload():null}
        <ul
          id="file-list"
          class="file-list"
        >
          <li
            id="file-list-item-${this.files[0].id}"
            tabindex="0"
            class="file-item"
            @keydown="${this.onFileListKeyDown}"
            @focus="${this.onFocusFirstItem}"
            @click=${t=>this.handleItemSelect(e[0],t)}>
            ${this.renderFile(e[0])}
          </li>
          ${xl(e.slice(1),t=>t.id,t=>g`
              <li
                id="file-list-item-${t.id}"
                class="file-item"
                @keydown="${this.onFileListKeyDown}"
                @click=${o=>this.handleItemSelect(t,o)}>
                ${this.renderFile(t)}
              </li>
            `)}
        </ul>
        ${!this.hideMoreFilesButton&&this.pageIterator&&(this.pageIterator.hasNext||this._preloadedFiles.length)&&!this._isCompact?this.renderMoreFileButton():null}
      </div>
    `}renderFile(e){let t=this.itemView;return Ok(e)?this.renderSharedInsightFile(e):this.renderTemplate("file",{file:e},e.id)||Ne`
        <mgt-file class="mgt-file-item" .fileDetails=${e} .view=${t}></mgt-file>
      `}renderSharedInsightFile(e){let t=e.lastShared?g`
          <div class="shared_insight_file__last-modified">
            ${this.strings.sharedTextSubtitle} ${En(new Date(e.lastShared.sharedDateTime))}
          </div>
        `:null;return g`
      <div class="shared_insight_file" @click=${o=>this.handleSharedInsightClick(e,o)} tabindex="0">
        <div class="shared_insight_file__icon">
          <img alt="${e.resourceVisualization.title}" src=${q$(e.resourceVisualization.type,48,"svg")} />
        </div>
        <div class="shared_insight_file__details">
          <div class="shared_insight_file__name">${e.resourceVisualization.title}</div>
          ${t}
        </div>
      </div>
    `}renderMoreFileButton(){return this._isLoadingMore?g`
        <fluent-progress-ring role="progressbar" viewBox="0 0 8 8" class="progress-ring"></fluent-progress-ring>
      `:g`
        <fluent-button
          appearance="stealth"
          id="show-more"
          class="show-more"
          @click=${()=>this.renderNextPage()}
        >
          <span class="show-more-text">${this.strings.showMoreSubtitle}</span>
        </fluent-button>`}renderFileUpload(){let e={graph:W.globalProvider.graph.forComponent(this),driveId:this.driveId,excludedFileExtensions:this.excludedFileExtensions,groupId:this.groupId,itemId:this.itemId,itemPath:this.itemPath,userId:this.userId,siteId:this.siteId,maxFileSize:this.maxFileSize,maxUploadFile:this.maxUploadFile};return Ne`
        <mgt-file-upload .fileUploadList=${e} ></mgt-file-upload>
      `}loadState(){var e,t,o,r;return o6(this,void 0,void 0,function*(){let s=W.globalProvider;if(!s||s.state===le.Loading)return;if(s.state===le.SignedOut){this.files=null;return}let n=s.graph.forComponent(this),a,l,c=!this.driveId&&!this.siteId&&!this.groupId&&!this.userId;if((this.driveId&&!this.itemId&&!this.itemPath||this.groupId&&!this.itemId&&!this.itemPath||this.siteId&&!this.itemId&&!this.itemPath||this.userId&&!this.insightType&&!this.itemId&&!this.itemPath)&&(this.files=null),!this.files){this.fileListQuery?l=yield c$(n,this.fileListQuery,this.pageSize):this.fileQueries?a=yield u$(n,this.fileQueries):c?this.itemId?l=yield o$(n,this.itemId,this.pageSize):this.itemPath?l=yield r$(n,this.itemPath,this.pageSize):this.insightType?a=yield d$(n,this.insightType):l=yield Vg(n,this.pageSize):this.driveId?this.itemId?l=yield Bg(n,this.driveId,this.itemId,this.pageSize):this.itemPath&&(l=yield e$(n,this.driveId,this.itemPath,this.pageSize)):this.groupId?this.itemId?l=yield t$(n,this.groupId,this.itemId,this.pageSize):this.itemPath&&(l=yield i$(n,this.groupId,this.itemPath,this.pageSize)):this.siteId?this.itemId?l=yield s$(n,this.siteId,this.itemId,this.pageSize):this.itemPath&&(l=yield n$(n,this.siteId,this.itemPath,this.pageSize)):this.userId&&(this.itemId?l=yield a$(n,this.userId,this.itemId,this.pageSize):this.itemPath?l=yield l$(n,this.userId,this.itemPath,this.pageSize):this.insightType&&(a=yield h$(n,this.userId,this.insightType))),l&&(this.pageIterator=l,this._preloadedFiles=[...this.pageIterator.value],this._preloadedFiles.length>=this.pageSize?a=this._preloadedFiles.splice(0,this.pageSize):a=this._preloadedFiles.splice(0,this._preloadedFiles.length));let h;if(((e=this.fileExtensions)===null||e===void 0?void 0:e.length)>0){if(!((t=this.pageIterator)===null||t===void 0)&&t.value){let u=yield Vg(n,1e3);for(;u.hasNext;)yield Ng(u);this.pageIterator=Yr.createFromValue(n,u.value),a=this.pageIterator.value,this._preloadedFiles=[]}h=a.filter(u=>{for(let v of this.fileExtensions)if(v===this.getFileExtension(u.name))return u}),this._preloadedFiles=[...h]}h?.length>=0?(this.files=h,this.pageSize&&(a=this.files.splice(0,this.pageSize),this.files=a)):this.files=a}for(let h of this.files)if(((o=h?.folder)===null||o===void 0?void 0:o.childCount)>0){let u=(r=h?.parentReference)===null||r===void 0?void 0:r.driveId,v=h?.id,y=yield Bg(n,u,v,5);if(y){let S=[...y.value];h.children=S}}})}handleItemSelect(e,t){if(this.handleFileClick(e),this.fireCustomEvent("itemClick",e),t){let o=this.renderRoot.querySelector(".file-list"),r=Array.from(o.children),s=t.target.closest("li"),n=r.indexOf(s);this._focusedItemIndex=n;let a=o.children[this._focusedItemIndex];this.updateItemBackgroundColor(o,a,"selected")}}renderNextPage(){return o6(this,void 0,void 0,function*(){if(this._preloadedFiles.length>0)this.files=[...this.files,...this._preloadedFiles.splice(0,Math.min(this.pageSize,this._preloadedFiles.length))];else if(this.pageIterator.hasNext){this._isLoadingMore=!0;let e=this.renderRoot.querySelector("#file-list-wrapper");e?.animate&&e.animate([{height:"auto",transformOrigin:"top left"},{height:"auto",transformOrigin:"top left"}],{duration:1e3,easing:"ease-in-out",fill:"both"}),yield Ng(this.pageIterator),this._isLoadingMore=!1,this.files=this.pageIterator.value}this.requestUpdate()})}getFileExtension(e){return/(?:\.([^.]+))?$/.exec(e)[1]||""}updateItemBackgroundColor(e,t,o){for(let r of e.children)r.classList.remove(o),r.removeAttribute("tabindex");t&&(t.classList.add(o),t.scrollIntoView({behavior:"smooth",block:"nearest",inline:"start"}),t.setAttribute("tabindex","0"),t.focus());for(let r of e.children)r.classList.remove("selected")}reload(e=!1){e&&Qh(),this._task.run()}};at([ce(),lt("design:type",Object)],Pe.prototype,"_isCompact",void 0);at([ce(),lt("design:type",Array)],Pe.prototype,"_personCardFiles",void 0);at([_({attribute:"file-list-query"}),lt("design:type",String)],Pe.prototype,"fileListQuery",void 0);at([_({attribute:"file-queries",converter:(i,e)=>i?i.split(",").map(t=>t.trim()):null}),lt("design:type",Array)],Pe.prototype,"fileQueries",void 0);at([_({type:Object}),lt("design:type",Array)],Pe.prototype,"files",void 0);at([_({attribute:"site-id"}),lt("design:type",String)],Pe.prototype,"siteId",void 0);at([_({attribute:"drive-id"}),lt("design:type",String)],Pe.prototype,"driveId",void 0);at([_({attribute:"group-id"}),lt("design:type",String)],Pe.prototype,"groupId",void 0);at([_({attribute:"item-id"}),lt("design:type",String)],Pe.prototype,"itemId",void 0);at([_({attribute:"item-path"}),lt("design:type",String)],Pe.prototype,"itemPath",void 0);at([_({attribute:"user-id"}),lt("design:type",String)],Pe.prototype,"userId",void 0);at([_({attribute:"insight-type"}),lt("design:type",String)],Pe.prototype,"insightType",void 0);at([_({attribute:"item-view",converter:i=>Mn(i,"threelines")}),lt("design:type",String)],Pe.prototype,"itemView",void 0);at([_({attribute:"file-extensions",converter:(i,e)=>i.split(",").map(t=>t.trim())}),lt("design:type",Array)],Pe.prototype,"fileExtensions",void 0);at([_({attribute:"page-size",type:Number}),lt("design:type",Object)],Pe.prototype,"pageSize",void 0);at([_({attribute:"disable-open-on-click",type:Boolean}),lt("design:type",Object)],Pe.prototype,"disableOpenOnClick",void 0);at([_({attribute:"hide-more-files-button",type:Boolean}),lt("design:type",Object)],Pe.prototype,"hideMoreFilesButton",void 0);at([_({attribute:"max-file-size",type:Number}),lt("design:type",Number)],Pe.prototype,"maxFileSize",void 0);at([_({attribute:"enable-file-upload",type:Boolean}),lt("design:type",Object)],Pe.prototype,"enableFileUpload",void 0);at([_({attribute:"max-upload-file",type:Number}),lt("design:type",Object)],Pe.prototype,"maxUploadFile",void 0);at([_({attribute:"excluded-file-extensions",converter:(i,e)=>i.split(",").map(t=>t.trim())}),lt("design:type",Array)],Pe.prototype,"excludedFileExtensions",void 0);at([ce(),lt("design:type",Boolean)],Pe.prototype,"_isLoadingMore",void 0)});var n6,a6=d(()=>{xe();n6=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host .loading,:host .no-data{margin:0 20px;display:flex;justify-content:center}:host .no-data{font-style:normal;font-weight:600;font-size:14px;color:var(--font-color,#323130);line-height:19px}:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{position:relative;user-select:none}:host .root.compact{padding:0}:host .root .message{padding:8px 20px;display:flex;align-items:center;justify-content:space-between}:host .root .message:hover{background-color:var(--message-hover-color,var(--neutral-fill-hover));cursor:pointer}:host .root .message:last-child{margin-bottom:unset}:host .root .message .message__detail{min-width:0;line-height:normal}:host .root .message .message__detail .message__subject{color:var(--message-subject-color,var(--neutral-foreground-color));font-size:var(--message-subject-font-size, 14px);font-weight:var(--message-subject-font-weight,600);line-height:var(--message-subject-line-height, 20px)}:host .root .message .message__detail .message__from{font-size:var(--message-from-font-size, 12px);color:var(--message-from-color,var(--neutral-foreground-color));line-height:var(--message-from-line-height, 16px);font-weight:var(--message-from-font-weight,400)}:host .root .message .message__detail .message__message{font-size:var(--message-from-font-size, 12px);color:var(--message-color,var(--neutral-foreground-hint));line-height:var(--message-from-line-height, 16px);font-weight:var(--message-from-font-weight,400)}:host .root .message .message__detail>div{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}:host .root .message .message__date{margin-top:8px;font-size:12px;color:var(--message-date-color,var(--neutral-foreground-hint));margin-left:10px;white-space:nowrap}
`]});var l6,c6=d(()=>{l6={emailsSectionTitle:"Emails"}});var Mk,Hk,d6,zn,h6=d(()=>{xe();bl();Ki();Go();a6();c6();we();xt();Mk=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},Hk=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},d6=()=>We("messages",zn),zn=class extends Vi{static get styles(){return n6}get strings(){return l6}constructor(e){super(),this._messages=e}get displayName(){return this.strings.emailsSectionTitle}get cardTitle(){return this.strings.emailsSectionTitle}clearState(){super.clearState(),this._messages=[]}renderIcon(){return G(k.Messages)}renderCompactView(){var e;let t;if(!(!((e=this._messages)===null||e===void 0)&&e.length))t=this.renderNoData();else{let o=this._messages?this._messages.slice(0,3).map(r=>this.renderMessage(r)):[];t=g`
         ${o}
       `}return g`
       <div class="root compact">
         ${t}
       </div>
     `}renderFullView(){var e;let t;return!((e=this._messages)===null||e===void 0)&&e.length?t=g`
         ${this._messages.slice(0,5).map(o=>this.renderMessage(o))}
       `:t=this.renderNoData(),g`
       <div class="root">
         ${t}
       </div>
     `}renderMessage(e){return g`
       <div class="message" @click=${()=>this.handleMessageClick(e)}>
         <div class="message__detail">
           <div class="message__subject">${e.subject}</div>
           <div class="message__from">${e.from.emailAddress.name}</div>
           <div class="message__message">${e.bodyPreview}</div>
         </div>
         <div class="message__date">${En(new Date(e.receivedDateTime))}</div>
       </div>
     `}handleMessageClick(e){window.open(e.webLink,"_blank","noreferrer")}};Mk([ce(),Hk("design:type",Array)],zn.prototype,"_messages",void 0)});var u6,p6=d(()=>{xe();u6=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host .loading,:host .no-data{margin:0 20px;display:flex;justify-content:center}:host .no-data{font-style:normal;font-weight:600;font-size:14px;color:var(--font-color,#323130);line-height:19px}:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{position:relative;user-select:none}:host .root.compact{padding:0}:host .root.compact .coworker .coworker__person-image{height:40px;width:40px;border-radius:40px;--person-avatar-size:40px;margin-right:12px}:host .root.compact .coworker .coworker__name{font-size:14px}:host .root.compact .coworker .coworker__title{font-size:12px}:host .root .subtitle{color:var(--organization-sub-title-color,var(--neutral-foreground-hint));font-size:14px;margin:0 20px 8px}:host .root .divider{display:flex;background:var(--organization-coworker-border-color,var(--neutral-stroke-rest));height:1px;margin:26px 20px 18px}:host .root .org-member{height:74px;box-sizing:border-box;border-radius:2px;padding:12px;display:flex;align-items:center;margin-inline:20px}:host .root .org-member.org-member--target{background-color:var(--organization-active-org-member-target-background-color,var(--neutral-fill-active));border:1px solid var(--organization-active-org-member-border-color,var(--accent-foreground-rest))}:host .root .org-member:not(.org-member--target){border:1px solid var(--organization-coworker-border-color,var(--neutral-stroke-rest))}:host .root .org-member:not(.org-member--target):hover{cursor:pointer;background-color:var(--organization-hover-color,var(--neutral-fill-hover))}:host .root .org-member .org-member__person{flex-grow:1}:host .root .org-member .org-member__person .org-member__person-image{--person-avatar-size:var(--organization-member-person-avatar-size, 40px)}:host .root .org-member .org-member__details{flex-grow:1}:host .root .org-member .org-member__details .org-member__name{font-size:16px;color:var(--organization-title-color,var(--neutral-foreground-rest));font-weight:600}:host .root .org-member .org-member__details .org-member__department,:host .root .org-member .org-member__details .org-member__title{font-weight:14px;color:var(--organization-sub-title-color,var(--neutral-foreground-hint))}:host .root .org-member__separator:not(:last-child){border:1px solid var(--organization-coworker-border-color,var(--neutral-stroke-rest));box-sizing:border-box;width:0;margin:0 50%;height:14px}:host .root .coworker{display:flex;align-items:center;padding:10px 20px}:host .root .coworker:hover{cursor:pointer;background-color:var(--organization-coworker-hover-color,var(--neutral-fill-hover))}:host .root .coworker .coworker__person{height:46px;border-radius:46px;margin-right:8px}:host .root .coworker .coworker__person .coworker__person-image{--person-avatar-size:var(--organization-coworker-person-avatar-size, 40px)}:host .root .direct-report__compact{padding:12px 20px}:host .root .direct-report__compact .direct-report{margin-right:4px;padding:4px 0;cursor:pointer}:host .root .direct-report-list{border:1px solid var(--organization-coworker-border-color,var(--neutral-stroke-rest));margin-inline:20px}:host .root .direct-report-list .org-member--direct-report{border:none;cursor:pointer;margin-inline:0}:host .root .direct-report-list .org-member--direct-report .direct-report__person-image{--person-avatar-size:var(--organization-direct-report-person-avatar-size, 38px)}[dir=rtl] .org-member .org-member__more{transform:scaleX(-1);filter:fliph;filter:"FlipH"}@media (forced-colors:active) and (prefers-color-scheme:dark){:host svg,:host svg>path{fill:rgb(255,255,255)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}}@media (forced-colors:active) and (prefers-color-scheme:light){:host svg,:host svg>path{fill:rgb(0,0,0)!important;fill-rule:nonzero!important;clip-rule:nonzero!important}}
`]});var f6,m6=d(()=>{f6={reportsToSectionTitle:"Reports to",directReportsSectionTitle:"Direct reports",organizationSectionTitle:"Organization",youWorkWithSubSectionTitle:"You work with",userWorksWithSubSectionTitle:"works with"}});var g6,v6,b6,Ds,y6=d(()=>{xe();bl();Ki();p6();m6();we();we();Cl();xt();g6=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},v6=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},b6=()=>{Mr(),We("organization",Ds)},Ds=class extends Vi{static get styles(){return u6}get strings(){return f6}constructor(e,t){super(),this._state=e,this._me=t}clearState(){super.clearState(),this._state=void 0,this._me=void 0}get displayName(){let{person:e,directReports:t}=this._state;return!e.manager&&t?.length?`${this.strings.directReportsSectionTitle} (${t.length})`:this.strings.reportsToSectionTitle}get cardTitle(){return this.strings.organizationSectionTitle}renderIcon(){return G(k.Organization)}renderCompactView(){var e;let t;if(!(!((e=this._state)===null||e===void 0)&&e.person))return null;let{person:o,directReports:r}=this._state;if(o)o.manager?t=this.renderCoworker(o.manager):r?.length&&(t=this.renderCompactDirectReports());else return null;return g`
        <div class="root compact">
          ${t}
        </div>
      `}renderFullView(){var e;let t;if(!(!((e=this._state)===null||e===void 0)&&e.person))return null;let{person:o,directReports:r,people:s}=this._state;if(!o&&!r&&!s)return null;{let n=this.renderManagers(),a=this.renderCurrentUser(),l=this.renderDirectReports(),c=this.renderCoworkers();t=g`
          ${n} ${a} ${l} ${c}
        `}return g`
       <div class="root" dir=${this.direction}>
         ${t}
       </div>
     `}renderManager(e){return Ne`
      <div
        class="org-member"
        @keydown=${t=>{(t.code==="Enter"||t.code===" ")&&this.navigateCard(e)}}
        @click=${()=>this.navigateCard(e)}
      >
        <div class="org-member__person">
          <mgt-person
            class="org-member__person-image"
            .personDetails=${e}
            .fetchImage=${!0}
            view="twolines"
            .showPresence=${!0}
          ></mgt-person>
        </div>
        <div tabindex="0" class="org-member__more">
          ${G(k.ExpandRight)}
        </div>
      </div>
      <div class="org-member__separator"></div>
     `}renderManagers(){let{person:e}=this._state;if(!e?.manager)return null;let t=[],o=e;for(;o.manager;)t.push(o.manager),o=o.manager;return t.length?t.reverse().map(r=>this.renderManager(r)):null}renderDirectReports(){let{directReports:e}=this._state;return e?.length?g`
      <div class="org-member__separator"></div>
      <div class="direct-report-list">
        ${e.map(t=>Ne`
            <div
              class="org-member org-member--direct-report"
              @keydown=${o=>{(o.code==="Enter"||o.code===" ")&&this.navigateCard(t)}}
              @click=${()=>this.navigateCard(t)}
            >
              <div class="org-member__person">
                <mgt-person
                  class="org-member__person-image"
                  .personDetails=${t}
                  .fetchImage=${!0}
                  .showPresence=${!0}
                  view="twolines"
                ></mgt-person>
              </div>
              <div tabindex="0" class="org-member__more">
                ${G(k.ExpandRight)}
              </div>
            </div>
          `)}
      </div>
     `:null}renderCompactDirectReports(){let{directReports:e}=this._state;return g`
      <div class="direct-report__compact">
        ${e.slice(0,6).map(t=>Ne`
            <div
              class="direct-report"
              @keydown=${o=>{(o.code==="Enter"||o.code===" ")&&this.navigateCard(t)}}
              @click=${()=>this.navigateCard(t)}
            >
              <mgt-person
                class="direct-report__person-image"
                .personDetails=${t}
                .fetchImage=${!0}
                .showPresence=${!0}
                view="twolines"
              ></mgt-person>
            </div>
          `)}
      </div>
    `}renderCurrentUser(){let{person:e}=this._state;return Ne`
       <div class="org-member org-member--target">
         <div class="org-member__person">
           <mgt-person
              class="org-member__person-image"
             .personDetails=${e}
             .fetchImage=${!0}
             .showPresence=${!0}
             view="twolines"
           ></mgt-person>
         </div>
       </div>
     `}renderCoworker(e){return Ne`
      <div
        class="coworker"
        @keydown=${t=>{(t.code==="Enter"||t.code===" ")&&this.navigateCard(e)}}
        @click=${()=>this.navigateCard(e)}
      >
        <div class="coworker__person">
          <mgt-person
            class="coworker__person-image"
            .personDetails=${e}
            .fetchImage=${!0}
            .showPresence=${!0}
            view="twolines"
          ></mgt-person>
        </div>
      </div>
    `}renderCoworkers(){let{people:e}=this._state;if(!e?.length)return null;let t=this._me.id===this._state.person.id?this.strings.youWorkWithSubSectionTitle:`${this._state.person.givenName} ${this.strings.userWorksWithSubSectionTitle}`;return g`
       <div class="divider"></div>
       <div class="subtitle" tabindex="0">${t}</div>
       <div>
         ${e.slice(0,6).map(o=>this.renderCoworker(o))}
       </div>
     `}};g6([ce(),v6("design:type",Object)],Ds.prototype,"_state",void 0);g6([ce(),v6("design:type",Object)],Ds.prototype,"_me",void 0)});var x6,w6=d(()=>{xe();x6=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host .loading,:host .no-data{margin:0 20px;display:flex;justify-content:center}:host .no-data{font-style:normal;font-weight:600;font-size:14px;color:var(--font-color,#323130);line-height:19px}:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{position:relative;user-select:none;background-color:var(--profile-background-color,--neutral-layer-1)}:host .root{padding:20px 0}:host .root.compact{padding:0}:host .root .title{font-size:14px;font-weight:600;color:var(--profile-title-color,var(--neutral-foreground-rest));margin:0 20px 12px}:host .root section{margin-bottom:24px;padding:0 20px}:host .root section:last-child{margin:0}:host .root section .section__title{font-size:14px;color:var(--profile-section-title-color,var(--neutral-foreground-hint))}:host .root section .section__content{display:flex;flex-direction:column;margin-top:10px}:host .root .token-list{display:flex;flex-flow:row wrap;margin-top:-10px}:host .root .token-list .token-list__item{text-overflow:ellipsis;white-space:nowrap;display:inline-block;overflow:hidden;font-size:14px;align-items:center;background:var(--profile-token-item-background-color,var(--neutral-fill-secondary-rest));border-radius:2px;max-height:28px;padding:4px 8px;margin-right:10px;margin-top:10px;color:var(--profile-token-item-color,var(--neutral-foreground-rest))}:host .root .token-list .token-list__item:last-child{margin-right:initial}:host .root .token-list .token-list__item.overflow{display:none}:host .root .token-list .token-list__item.token-list__item--show-overflow{cursor:pointer;user-select:unset;background:0 0;color:var(--profile-token-overflow-color,var(--accent-foreground-rest))}:host .root .data-list__item{margin-bottom:20px}:host .root .data-list__item:last-child{margin-bottom:initial}:host .root .data-list__item .data-list__item__header{display:flex;justify-content:space-between;align-items:center}:host .root .data-list__item .data-list__item__content{font-size:12px;line-height:16px;color:var(--profile-section-title-color,var(--neutral-foreground-hint));margin-top:4px}:host .root .data-list__item .data-list__item__title{font-size:14px;line-height:16px;color:var(--profile-title-color,var(--neutral-foreground-rest))}:host .root .data-list__item .data-list__item__date-range{color:var(--profile-section-title-color,var(--neutral-foreground-hint));font-size:10px;line-height:12px}:host .root .language__proficiency{opacity:.77}:host .root .work-position .work-position__company{color:#023b8f}:host .root .work-position .work-position__location{font-size:10px;color:var(--profile-section-title-color,var(--neutral-foreground-hint));line-height:16px}:host .root .educational-activity .educational-activity__degree{font-size:12px;line-height:14px;color:var(--profile-section-title-color,var(--neutral-foreground-hint))}:host .root .birthday{display:flex;align-items:center;margin-top:-6px}:host .root .birthday .birthday__icon{margin-right:8px}:host .root .birthday .birthday__date{font-size:12px;color:var(--profile-title-color,var(--neutral-foreground-rest))}[dir=rtl] .token-list__item{margin-right:0!important}
`]});var C6,$6=d(()=>{C6={SkillsAndExperienceSectionTitle:"Skills & Experience",AboutCompactSectionTitle:"About",SkillsSubSectionTitle:"Skills",LanguagesSubSectionTitle:"Languages",WorkExperienceSubSectionTitle:"Work Experience",EducationSubSectionTitle:"Education",professionalInterestsSubSectionTitle:"Professional Interests",personalInterestsSubSectionTitle:"Personal Interests",birthdaySubSectionTitle:"Birthday",currentYearSubtitle:"Current",socialMediaSubSectionTitle:"Social Media"}});var Vk,S6,k6,Nn,_6=d(()=>{xe();bl();Ki();w6();$6();we();xt();Vk=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},S6=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},k6=()=>We("profile",Nn),Nn=class extends Vi{static get styles(){return x6}get strings(){return C6}get displayName(){return this.strings.SkillsAndExperienceSectionTitle}get cardTitle(){return this.strings.AboutCompactSectionTitle}get hasData(){var e,t;if(!this.profile)return!1;let{languages:o,skills:r,positions:s,educationalActivities:n}=this.profile;return[this._birthdayAnniversary,(e=this._personalInterests)===null||e===void 0?void 0:e.length,(t=this._professionalInterests)===null||t===void 0?void 0:t.length,o?.length,r?.length,s?.length,n?.length].filter(a=>!!a).length>0}get profile(){return this._profile}set profile(e){e!==this._profile&&(this._profile=e,this._birthdayAnniversary=e?.anniversaries?e.anniversaries.find(this.isBirthdayAnniversary):null,this._personalInterests=e?.interests?e.interests.filter(this.isPersonalInterest):null,this._professionalInterests=e?.interests?e.interests.filter(this.isProfessionalInterest):null)}constructor(e){super(),this.isPersonalInterest=t=>{var o;return(o=t.categories)===null||o===void 0?void 0:o.includes("personal")},this.isProfessionalInterest=t=>{var o;return(o=t.categories)===null||o===void 0?void 0:o.includes("professional")},this.isBirthdayAnniversary=t=>t.type==="birthday",this.profile=e}renderIcon(){return G(k.Profile)}clearState(){super.clearState(),this.profile=null}renderCompactView(){return g`
       <div class="root compact" dir=${this.direction}>
         ${this.renderSubSections().slice(0,2)}
       </div>
     `}renderFullView(){return this.initPostRenderOperations(),g`
       <div class="root" dir=${this.direction}>
         ${this.renderSubSections()}
       </div>
     `}renderSubSections(){return[this.renderSkills(),this.renderBirthday(),this.renderLanguages(),this.renderWorkExperience(),this.renderEducation(),this.renderProfessionalInterests(),this.renderPersonalInterests()].filter(t=>!!t)}renderLanguages(){var e;let{languages:t}=this._profile;if(!t?.length)return null;let o=[];for(let s of t){let n=null;!((e=s.proficiency)===null||e===void 0)&&e.length&&(n=g`
           <span class="language__proficiency" tabindex="0">
             &nbsp;(${s.proficiency})
           </span>
         `),o.push(g`
         <div class="token-list__item language">
           <span class="language__title" tabindex="0">${s.displayName}</span>
           ${n}
         </div>
       `)}let r=o.length?this.strings.LanguagesSubSectionTitle:"";return g`
       <section>
         <div class="section__title" tabindex="0">${r}</div>
         <div class="section__content">
           <div class="token-list">
             ${o}
           </div>
         </div>
       </section>
     `}renderSkills(){let{skills:e}=this._profile;if(!e?.length)return null;let t=[];for(let r of e)t.push(g`
         <div class="token-list__item skill" tabindex="0">
           ${r.displayName}
         </div>
       `);let o=t.length?this.strings.SkillsSubSectionTitle:"";return g`
       <section>
         <div class="section__title" tabindex="0">${o}</div>
         <div class="section__content">
           <div class="token-list">
             ${t}
           </div>
         </div>
       </section>
     `}renderWorkExperience(){var e,t,o,r,s;let{positions:n}=this._profile;if(!n?.length)return null;let a=[];for(let c of this._profile.positions)(c.detail.description||c.detail.jobTitle!=="")&&a.push(g`
           <div class="data-list__item work-position">
             <div class="data-list__item__header">
               <div class="data-list__item__title" tabindex="0">${(e=c.detail)===null||e===void 0?void 0:e.jobTitle}</div>
               <div class="data-list__item__date-range" tabindex="0">
                 ${this.getDisplayDateRange(c.detail)}
               </div>
             </div>
             <div class="data-list__item__content">
               <div class="work-position__company" tabindex="0">
                 ${(o=(t=c?.detail)===null||t===void 0?void 0:t.company)===null||o===void 0?void 0:o.displayName}
               </div>
               <div class="work-position__location" tabindex="0">
                 ${this.displayLocation((s=(r=c?.detail)===null||r===void 0?void 0:r.company)===null||s===void 0?void 0:s.address)}
               </div>
             </div>
           </div>
         `);let l=a.length?this.strings.WorkExperienceSubSectionTitle:"";return g`
       <section>
         <div class="section__title" tabindex="0">${l}</div>
         <div class="section__content">
           <div class="data-list">
             ${a}
           </div>
         </div>
       </section>
     `}renderEducation(){let{educationalActivities:e}=this._profile;if(!e?.length)return null;let t=[];for(let r of e)t.push(g`
         <div class="data-list__item educational-activity">
           <div class="data-list__item__header">
             <div class="data-list__item__title" tabindex="0">${r.institution.displayName}</div>
             <div class="data-list__item__date-range" tabindex="0">
               ${this.getDisplayDateRange(r)}
             </div>
           </div>
           ${r.program.displayName?g`<div class="data-list__item__content">
                  <div class="educational-activity__degree" tabindex="0">
                  ${r.program.displayName}
                </div>`:Ie}
         </div>
       `);let o=t.length?this.strings.EducationSubSectionTitle:"";return g`
       <section>
         <div class="section__title" tabindex="0">${o}</div>
         <div class="section__content">
           <div class="data-list">
             ${t}
           </div>
         </div>
       </section>
     `}renderProfessionalInterests(){var e;if(!(!((e=this._professionalInterests)===null||e===void 0)&&e.length))return null;let t=[];for(let r of this._professionalInterests)t.push(g`
         <div class="token-list__item interest interest--professional" tabindex="0">
           ${r.displayName}
         </div>
       `);let o=t.length?this.strings.professionalInterestsSubSectionTitle:"";return g`
       <section>
         <div class="section__title" tabindex="0">${o}</div>
         <div class="section__content">
           <div class="token-list">
             ${t}
           </div>
         </div>
       </section>
     `}renderPersonalInterests(){var e;if(!(!((e=this._personalInterests)===null||e===void 0)&&e.length))return null;let t=[];for(let r of this._personalInterests)t.push(g`
         <div class="token-list__item interest interest--personal" tabindex="0">
           ${r.displayName}
         </div>
       `);let o=t.length?this.strings.personalInterestsSubSectionTitle:"";return g`
       <section>
         <div class="section__title" tabindex="0">${o}</div>
         <div class="section__content">
           <div class="token-list">
             ${t}
           </div>
         </div>
       </section>
     `}renderBirthday(){var e;return!((e=this._birthdayAnniversary)===null||e===void 0)&&e.date?g`
       <section>
         <div class="section__title" tabindex="0">Birthday</div>
         <div class="section__content">
           <div class="birthday">
             <div class="birthday__icon">
               ${G(k.Birthday)}
             </div>
             <div class="birthday__date" tabindex="0">
               ${this.getDisplayDate(new Date(this._birthdayAnniversary.date))}
             </div>
           </div>
         </div>
       </section>
     `:null}getDisplayDate(e){return e.toLocaleString("default",{day:"numeric",month:"long"})}getDisplayDateRange(e){if(!e.startMonthYear)return Ie;let t=new Date(e.startMonthYear).getFullYear();if(t===0||t===1)return Ie;let o=e.endMonthYear?new Date(e.endMonthYear).getFullYear():this.strings.currentYearSubtitle;return`${t} \u2014 ${o}`}displayLocation(e){return e?.city?e.state?`${e.city}, ${e.state}`:e.city:Ie}initPostRenderOperations(){setTimeout(()=>{try{this.shadowRoot.querySelectorAll("section").forEach(t=>{this.handleTokenOverflow(t)})}catch{}},0)}handleTokenOverflow(e){let t=e.querySelectorAll(".token-list");if(t?.length)for(let o of Array.from(t)){let r=o.querySelectorAll(".token-list__item");if(!r?.length)continue;let s=null,n=r[0].getBoundingClientRect(),a=o.getBoundingClientRect(),l=n.height*2+a.top;for(let c=0;c<r.length-1;c++)if(n=r[c].getBoundingClientRect(),n.top>l){s=Array.from(r).slice(c,r.length);break}if(s){s.forEach(u=>u.classList.add("overflow"));let c=document.createElement("div");c.classList.add("token-list__item"),c.classList.add("token-list__item--show-overflow"),c.tabIndex=0,c.innerText=`+ ${s.length} more`;let h=()=>{c.remove(),s.forEach(u=>u.classList.remove("overflow"))};c.addEventListener("click",()=>{h()}),c.addEventListener("keydown",u=>{u.code==="Enter"&&h()}),o.appendChild(c)}}}};Vk([_({attribute:!1}),S6("design:type",Object),S6("design:paramtypes",[Object])],Nn.prototype,"profile",null)});var R6,F6=d(()=>{Zh();R6=()=>{let i=[];return Ve.sections.files&&i.push("Sites.Read.All"),Ve.sections.mailMessages&&(i.push("Mail.Read"),i.push("Mail.ReadBasic")),Ve.sections.organization&&(i.push("User.Read.All"),Ve.sections.organization.showWorksWith&&i.push("People.Read.All")),Ve.sections.profile&&i.push("User.Read.All"),Ve.useContactApis&&i.push("Contacts.Read"),i.indexOf("User.Read.All")<0&&(i.push("User.ReadBasic.All"),i.push("User.Read")),i.indexOf("People.Read.All")<0&&i.push("People.Read"),Ve.isSendMessageVisible&&i.push("Chat.ReadWrite"),[...new Set(i)]}});var T6,I6=d(()=>{T6={showMoreSectionButton:"Show more",endOfCard:"End of the card",quickMessage:"Send a quick message",expandDetailsLabel:"Expand details",sendMessageLabel:"Send message",emailButtonLabel:"Email",callButtonLabel:"Call",chatButtonLabel:"Chat",closeCardLabel:"Close card",videoButtonLabel:"Video",goBackLabel:"Go Back"}});var L6=d(()=>{});var E6={};U6(E6,{MgtPersonCard:()=>Lt,registerMgtPersonCardComponent:()=>Bk});var fi,Bt,D6,Bk,Lt,A6=d(()=>{xe();xt();Dn();we();Rs();zh();Ag();Ki();Dg();jg();Cl();C$();D$();s6();h6();y6();_6();Zh();F6();I6();kg();L6();ks();Hn();we();Gg();fi=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},Bt=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},D6=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Bk=()=>{wo(Ka,yg,vg,bg,Ya,rl),We("person-card",Lt),eu(),L$(),b6(),d6(),r6(),k6(),customElements.get(ua("person"))||Mr()},Lt=class extends Nt{static get styles(){return w$}get strings(){return T6}static get requiredScopes(){return R6()}get personDetails(){return this._personDetails}set personDetails(e){this._personDetails!==e&&(this._personDetails=e,this.personImage=this.getImage())}get personQuery(){return this._personQuery}set personQuery(e){this._personQuery!==e&&(this._personQuery=e,this.personDetails=null,this._cardState=null)}get userId(){return this._userId}set userId(e){e!==this._userId&&(this._userId=e,this.personDetails=null,this._cardState=null)}get internalPersonDetails(){var e;return((e=this._cardState)===null||e===void 0?void 0:e.person)||this.personDetails}constructor(){super(),this.isSendingMessage=!1,this.goBack=()=>{var e;if(!(!((e=this._history)===null||e===void 0)&&e.length))return;let t=this._history.pop();this._currentSection=null;let o=this.renderRoot.querySelector("fluent-tab");o&&o.click(),this._cardState=t.state,this._personDetails=t.state.person,this.personImage=t.personImage,this.loadSections()},this.renderContent=()=>{var e;if(!this.internalPersonDetails)return this.renderNoData();let t=this.internalPersonDetails,o=this.getImage();if(this.hasTemplate("default"))return this.renderTemplate("default",{person:this.internalPersonDetails,personImage:o});let r;r=this.strings.closeCardLabel;let s=this.isExpanded?g`
           <div class="close-card-container">
             <fluent-button 
              appearance="lightweight" 
              class="close-button" 
              aria-label=${r}
              @click=${this.closeCard} >
               ${G(k.Close)}
             </fluent-button>
           </div>
         `:null;r=this.strings.goBackLabel;let n=!((e=this._history)===null||e===void 0)&&e.length?g`
            <div class="nav">
              <fluent-button 
                appearance="lightweight"
                class="nav__back" 
                aria-label=${r} 
                @keydown=${this.handleGoBack}
                @click=${this.goBack}>${G(k.Back)}
               </fluent-button>
            </div>
          `:null,a=this.renderTemplate("person-details",{person:this.internalPersonDetails,personImage:o});if(!a){let h=this.renderPerson(),u=this.renderContactIcons(t);a=g`
         ${h} ${u}
       `}let l=this.isExpanded?this.renderExpandedDetails():this.renderExpandedDetailsButton();this._windowHeight=window.innerHeight&&document.documentElement.clientHeight?Math.min(window.innerHeight,document.documentElement.clientHeight):window.innerHeight||document.documentElement.clientHeight,this._windowHeight<250&&(this._smallView=!0,this.fireCustomEvent("smallView",null,!0));let c=this.lockTabNavigation?g`<div @keydown=${this.handleEndOfCard} aria-label=${this.strings.endOfCard} tabindex="0" id="end-of-container"></div>`:g``;return g`
      <div class="root" dir=${this.direction}>
        <div class=${st({small:this._smallView})}>
          ${n}
          ${s}
          <div class="person-details-container">${a}</div>
          <div class="expanded-details-container">${l}</div>
          ${c}
        </div>
      </div>
     `},this.handleEndOfCard=e=>{if(e&&e.code==="Tab"){let t=this.renderRoot.querySelector("#end-of-container");if(t){t.blur();let o=this.renderRoot.querySelector("mgt-person");o&&o.focus()}}},this.closeCard=()=>{this.updateCurrentSection(null),this.isExpanded=!1},this.sendQuickMessage=()=>D6(this,void 0,void 0,function*(){let e=this._chatInput.trim();if(!e?.length)return;let t=this.personDetails,o=this._me.userPrincipalName;this.isSendingMessage=!0;let r=yield y$(this._graph,t.userPrincipalName,o),s={body:{content:e}};yield x$(this._graph,r.id,s),this.isSendingMessage=!1,this.clearInputData()}),this.emailUser=()=>{let e=this.internalPersonDetails;if(e){let t=ni(e);t&&window.open("mailto:"+t,"_blank","noreferrer")}},this.callUser=()=>{var e,t;let o=this.internalPersonDetails,r=this.internalPersonDetails;if(!((e=o?.businessPhones)===null||e===void 0)&&e.length){let s=o.businessPhones[0];s&&window.open("tel:"+s,"_blank","noreferrer")}else if(!((t=r?.phones)===null||t===void 0)&&t.length){let n=this.getPersonBusinessPhones(r)[0];n&&window.open("tel:"+n,"_blank","noreferrer")}},this.chatUser=(e=null)=>{let t=this.personDetails;if(t?.userPrincipalName){let r=`https://teams.microsoft.com/l/chat/0/0?users=${t.userPrincipalName}`;e?.length&&(r+=`&message=${e}`);let s=()=>window.open(r,"_blank","noreferrer");ro.isAvailable?ro.executeDeepLink(r,n=>{n||s()}):s()}},this.videoCallUser=()=>{let e=this.personDetails;if(e?.userPrincipalName||e?.mail){let o=`https://teams.microsoft.com/l/call/0/0?users=${e.userPrincipalName||e.mail}&withVideo=true`,r=()=>window.open(o,"_blank");ro.isAvailable?ro.executeDeepLink(o,s=>{s||r()}):r()}},this.showExpandedDetails=()=>{let e=this.renderRoot.querySelector(".root");e?.animate&&e.animate([{height:"auto",transformOrigin:"top left"},{height:"auto",transformOrigin:"top left"}],{duration:1e3,easing:"ease-in-out",fill:"both"}),this.isExpanded=!0,this.fireCustomEvent("expanded",null,!0)},this.sendQuickMessageOnEnter=e=>{e.code==="Enter"&&this.sendQuickMessage()},this.handleGoBack=e=>{e.code==="Enter"&&this.goBack()},this._chatInput="",this._currentSection=null,this._history=[],this.sections=[],this._graph=null}navigate(e){this._history.push({personDetails:this.personDetails,personImage:this.getImage(),state:this._cardState}),this.personDetails=e,this._cardState=null,this.personImage=null,this._currentSection=null,this.sections=[],this._chatInput=""}clearHistory(){var e;if(this._currentSection=null,!(!((e=this._history)===null||e===void 0)&&e.length))return;let t=this._history[0];this._history=[],this._cardState=t.state,this._personDetails=t.personDetails,this.personImage=t.personImage,this.loadSections()}args(){return[this.providerState,this.personDetails,this.personQuery,this.personImage,this.userId]}renderNoData(){return this.renderTemplate("no-data",null)||g``}renderPerson(){return Ne`
      <mgt-person
        class="person-image"
        .personDetails=${this.internalPersonDetails}
        .personImage=${this.getImage()}
        .personPresence=${this.personPresence}
        .showPresence=${this.showPresence}
        view="threelines"
      ></mgt-person>
    `}renderPersonSubtitle(e){if(e=e||this.internalPersonDetails,!(!Oh(e)||!e.department))return g`
       <div class="department">${e.department}</div>
     `}renderContactIcons(e){e=e||this.internalPersonDetails;let t=e,o,r;ni(e)&&(o=`${this.strings.emailButtonLabel} ${e.displayName}`,r=g`
        <fluent-button class="icon"
          aria-label=${o}
          @click=${this.emailUser}>
          ${G(k.SmallEmail)}
        </fluent-button>
      `);let s;(t?.userPrincipalName||t?.mail)&&(o=`${this.strings.chatButtonLabel} ${e.displayName}`,s=g`
        <fluent-button class="icon"
          aria-label=${o}
          @click=${this.chatUser}>
          ${G(k.SmallChat)}
        </fluent-button>
       `);let n;(t?.userPrincipalName||t?.mail)&&(o=`${this.strings.videoButtonLabel} ${e.displayName}`,n=g`
        <fluent-button class="icon"
          aria-label=${o}
          @click=${this.videoCallUser}>
          ${G(k.Video)}
        </fluent-button>
      `);let a;return this.hasPhone&&(o=`${this.strings.callButtonLabel} ${t.displayName}`,a=g`
         <fluent-button class="icon"
          aria-label=${o}
          @click=${this.callUser}>
          ${G(k.Call)}
        </fluent-button>
       `),g`
       <div class="base-icons">
         ${r} ${s} ${n} ${a}
       </div>
     `}renderExpandedDetailsButton(){return g`
      <fluent-button
        aria-label=${this.strings.expandDetailsLabel}
        class="expanded-details-button"
        @click=${this.showExpandedDetails}
      >
        ${G(k.ExpandDown)}
      </fluent-button>
     `}renderExpandedDetails(){if(!this._cardState&&this._isStateLoading)return Ne`
         <div class="loading">
           <mgt-spinner></mgt-spinner>
         </div>
       `;W.globalProvider.state===le.SignedOut&&this.loadSections();let t=this.renderSectionNavigation();return g`
      <div class="section-nav">
        ${t}
      </div>
      <hr class="divider"/>
      <div
        class="section-host ${this._smallView?"small":""} ${this._smallView?"small":""}"
        @wheel=${o=>this.handleSectionScroll(o)}
        tabindex=0
      ></div>
    `}renderSectionNavigation(){if(!this.sections||this.sections.length<2&&!this.hasTemplate("additional-details"))return;let e=this._currentSection?this.sections.indexOf(this._currentSection):-1,t=this.sections.map((s,n)=>{let a=s.tagName.toLowerCase(),l=st({active:n===e,"section-nav__icon":!0});return g`
        <fluent-tab
          id="${a}-Tab"
          class=${l}
          slot="tab"
          @keyup="${()=>this.updateCurrentSection(s)}"
          @click=${()=>this.updateCurrentSection(s)}
        >
          ${s.renderIcon()}
        </fluent-tab>
      `}),o=this.sections.map(s=>g`
        <fluent-tab-panel slot="tabpanel">
          <div class="inserted">
            <div class="title">${s.cardTitle}</div>
            ${this._currentSection?s.asFullView():null}
          </div>
        </fluent-tab-panel>
      `),r=st({active:e===-1,"section-nav__icon":!0,overviewTab:!0});return g`
      <fluent-tabs
        orientation="horizontal"
        activeindicator
        @wheel=${s=>this.handleSectionScroll(s)}
      >
        <fluent-tab
          class="${r}"
          slot="tab"
          @keyup="${()=>this.updateCurrentSection(null)}"
          @click=${()=>this.updateCurrentSection(null)}
        >
          <div>${G(k.Overview)}</div>
        </fluent-tab>
        ${t}
        <fluent-tab-panel slot="tabpanel" >
          <div class="overview-panel">${this._currentSection?null:this.renderOverviewSection()}</div>
        </fluent-tab-panel>
        ${o}
      </fluent-tabs>
    `}renderOverviewSection(){let e=this.sections.map(o=>g`
        <div class="section">
          <div class="section__header">
            <div class="section__title" tabindex=0>${o.displayName}</div>
              <fluent-button
                appearance="lightweight"
                class="section__show-more"
                @click=${()=>this.updateCurrentSection(o)}
              >
                ${this.strings.showMoreSectionButton}
              </fluent-button>
          </div>
          <div class="section__content">${o.asCompactView()}</div>
        </div>
      `),t=this.renderTemplate("additional-details",{person:this.internalPersonDetails,personImage:this.getImage(),state:this._cardState});return t&&e.splice(1,0,g`
           <div class="section">
             <div class="additional-details">${t}</div>
           </div>
         `),g`
       <div class="sections">
          ${this.renderMessagingSection()}
          ${e}
       </div>
     `}renderCurrentSection(){var e;if(!(!(!((e=this.sections)===null||e===void 0)&&e.length)&&!this.hasTemplate("additional-details")))return this.sections.length===1&&!this.hasTemplate("additional-details")?g`
         ${this.sections[0].asFullView()}
       `:this._currentSection?g`
       ${this._currentSection.asFullView()}
     `:this.renderOverviewSection()}renderMessagingSection(){let e=this.personDetails,t=this._me.userPrincipalName,o=this._chatInput;if(e?.userPrincipalName!==t)return Ve.isSendMessageVisible?g`
      <div class="message-section">
        <fluent-text-field
          autocomplete="off"
          appearance="outline"
          placeholder="${this.strings.quickMessage}"
          .value=${o}
          @input=${r=>{this._chatInput=r.target.value,this.requestUpdate()}}
          @keydown="${r=>this.sendQuickMessageOnEnter(r)}">
        </fluent-text-field>
        <fluent-button class="send-message-icon"
          aria-label=${this.strings.sendMessageLabel}
          @click=${this.sendQuickMessage}
          ?disabled=${this.isSendingMessage}>
          ${this.isSendingMessage?G(k.Confirmation):G(k.Send)}
        </fluent-button>
      </div>
      `:Ie}loadState(){var e,t,o;return D6(this,void 0,void 0,function*(){if(this._cardState)return;if(!this.personDetails&&this.inheritDetails){let l=this.parentElement;for(;l&&l.tagName!==`${Et.prefix}-PERSON`.toUpperCase();)l=l.parentElement;let c=l.personDetails||l.personDetailsInternal;l&&c&&(this.personDetails=c,this.personImage=l.personImage)}let r=W.globalProvider;if(!r||r.state!==le.SignedIn)return;let s=r.graph.forComponent(this);if(this._graph=s,this._isStateLoading=!0,this._me||(this._me=yield W.me()),this.personDetails){let l=this.personDetails,c=l.userPrincipalName||l.id;if(c&&!ni(l)){let h=yield fl(s,c);this.personDetails=h,this.personImage=this.getImage()}}else if(this.userId||this.personQuery==="me"){let l=yield fl(s,this.userId);this.personDetails=l,this.personImage=this.getImage()}else if(this.personQuery){let l=yield An(s,this.personQuery,1);l?.length&&(this.personDetails=l[0],yield ul(s,this.personDetails,Ve.useContactApis).then(c=>{c&&(this.personDetails.personImage=c,this.personImage=c)}))}let n={activity:"Offline",availability:"Offline",id:null};if(!this.personPresence&&this.showPresence)try{!((e=this.personDetails)===null||e===void 0)&&e.id?this.personPresence=yield Nh(s,this.personDetails.id):this.personPresence=n}catch{this.personPresence=n}let a=((t=this.personDetails)===null||t===void 0?void 0:t.id)||((o=this.personDetails)===null||o===void 0?void 0:o.userPrincipalName);a&&(this._cardState=yield Kh(s,this.personDetails,this._me===a)),this.loadSections(),this._isStateLoading=!1})}get hasPhone(){var e,t;let o=this.internalPersonDetails,r=this.internalPersonDetails;return!!(!((e=o?.businessPhones)===null||e===void 0)&&e.length)||!!(!((t=r?.phones)===null||t===void 0)&&t.length)}loadSections(){if(this.sections=[],!this.internalPersonDetails)return;let e=new yl(this.internalPersonDetails);if(e.hasData&&this.sections.push(e),!this._cardState)return;let{person:t,directReports:o,messages:r,files:s,profile:n}=this._cardState;if(Ve.sections.organization&&(t?.manager||o?.length)&&this.sections.push(new Ds(this._cardState,this._me)),Ve.sections.mailMessages&&r?.length&&this.sections.push(new zn(r)),Ve.sections.files&&s?.length&&this.sections.push(new Pe(s)),Ve.sections.profile&&n){let a=new Nn(n);a.hasData&&this.sections.push(a)}}getImage(){if(this.personImage)return this.personImage;let e=this.internalPersonDetails;return e?.personImage?e.personImage:null}clearInputData(){this._chatInput="",this.requestUpdate()}getPersonBusinessPhones(e){let t=e.phones,o=[];for(let r of t)r.type==="business"&&o.push(r.number);return o}updateCurrentSection(e){if(e){let o=e.tagName.toLowerCase();this.renderRoot.querySelector(`#${o}-Tab`).click()}let t=this.renderRoot.querySelectorAll("fluent-tab-panel");for(let o of t)o.scrollTop=0;this._currentSection=e,this.requestUpdate()}handleSectionScroll(e){let t=this.renderRoot.querySelectorAll("fluent-tab-panel");for(let o of t)o&&!(e.deltaY<0&&o.scrollTop===0)&&!(e.deltaY>0&&o.clientHeight+o.scrollTop>=o.scrollHeight-1)&&e.stopPropagation()}};fi([_({attribute:"person-details",type:Object}),Bt("design:type",Object),Bt("design:paramtypes",[Object])],Lt.prototype,"personDetails",null);fi([_({attribute:"person-query"}),Bt("design:type",String),Bt("design:paramtypes",[String])],Lt.prototype,"personQuery",null);fi([_({attribute:"lock-tab-navigation",type:Boolean}),Bt("design:type",Boolean)],Lt.prototype,"lockTabNavigation",void 0);fi([_({attribute:"user-id"}),Bt("design:type",String),Bt("design:paramtypes",[String])],Lt.prototype,"userId",null);fi([_({attribute:"person-image",type:String}),Bt("design:type",String)],Lt.prototype,"personImage",void 0);fi([_({attribute:"fetch-image",type:Boolean}),Bt("design:type",Boolean)],Lt.prototype,"fetchImage",void 0);fi([_({attribute:"is-expanded",type:Boolean}),Bt("design:type",Boolean)],Lt.prototype,"isExpanded",void 0);fi([_({attribute:"inherit-details",type:Boolean}),Bt("design:type",Boolean)],Lt.prototype,"inheritDetails",void 0);fi([_({attribute:"show-presence",type:Boolean}),Bt("design:type",Boolean)],Lt.prototype,"showPresence",void 0);fi([_({attribute:"person-presence",type:Object}),Bt("design:type",Object)],Lt.prototype,"personPresence",void 0);fi([ce(),Bt("design:type",Object)],Lt.prototype,"isSendingMessage",void 0);fi([ce(),Bt("design:type",Object)],Lt.prototype,"_cardState",void 0);fi([ce(),Bt("design:type",Boolean)],Lt.prototype,"_isStateLoading",void 0);fi([ce(),Bt("design:type",Object)],Lt.prototype,"_currentSection",void 0)});var Ge,be,P6,Kg,Mr,$e,Cl=d(()=>{ks();we();xe();xt();Dn();g4();kg();Rs();zh();Dg();On();Ag();jh();Hn();Ki();Go();Mg();Hg();A4();O4();H4();jg();Ge=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},be=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},P6=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},Kg=["businessPhones","displayName","givenName","jobTitle","department","mail","mobilePhone","officeLocation","preferredLanguage","surname","userPrincipalName","id","userType"],Mr=()=>{wo(mg),We("person",$e),Gh()},$e=class i extends Nt{static get styles(){return E4}get strings(){return M4}get personQuery(){return this._personQuery}set personQuery(e){e!==this._personQuery&&(this._personQuery=e,this._personDetails=null,this.personDetailsInternal=null)}get fallbackDetails(){return this._fallbackDetails}set fallbackDetails(e){e!==this._fallbackDetails&&(this._fallbackDetails=e,this.personDetailsInternal)}get userId(){return this._userId}set userId(e){e!==this._userId&&(this._userId=e,this.personDetailsInternal=null,this._personDetails=null)}get usage(){return this._usage}set usage(e){e!==this._usage&&(this._usage=e)}get personDetailsInternal(){return this._personDetailsInternal}set personDetailsInternal(e){this._personDetailsInternal!==e&&(this._personDetailsInternal=e,this._fetchedImage=null,this._fetchedPresence=null)}get personDetails(){return this._personDetails}set personDetails(e){this._personDetails!==e&&(this._personDetails=e,this._fetchedImage=null,this._fetchedPresence=null)}get personImage(){return this._personImage||this._fetchedImage}set personImage(e){e!==this._personImage&&(this._isInvalidImageSrc=!e,this._personImage=e)}get personPresence(){return this._personPresence||this._fetchedPresence}set personPresence(e){e!==this._personPresence&&(this._personPresence=e)}static get requiredScopes(){let e=["user.readbasic.all","user.read","people.read","presence.read.all","presence.read"];return i.config.useContactApis&&e.push("contacts.read"),e}get flyout(){return this.renderRoot.querySelector(".flyout")}constructor(){super(),this.avatarType="photo",this.personCardInteraction="none",this.view="image",this._hasLoadedPersonCard=!1,this._mouseLeaveTimeout=-1,this._mouseEnterTimeout=-1,this.renderContent=()=>{let e=this.personDetails||this.personDetailsInternal||this.fallbackDetails,t=this.getImage(),o=this.personPresence||this._fetchedPresence;if(!e&&!t)return this.renderNoData();!e?.personImage&&t&&(e.personImage=t);let r=this.renderTemplate("default",{person:e,personImage:t,personPresence:o});if(!r){let a=this.renderDetails(e,o),l=this.renderAvatar(e,t,o);r=g`
        ${l}
        ${a}
      `}this.personCardInteraction!=="none"&&(r=this.renderFlyout(r,e,t,o));let n=st({"person-root":!0,small:!this.isThreeLines()&&!this.isFourLines()&&!this.isLargeAvatar(),large:this.avatarSize!=="auto"&&this.isLargeAvatar(),noline:this.isNoLine(),oneline:this.isOneLine(),twolines:this.isTwoLines(),threelines:this.isThreeLines(),fourlines:this.isFourLines(),vertical:this.isVertical()});return g`
      <div
        class="${n}"
        dir=${this.direction}
        @click=${this.handleMouseClick}
        @mouseenter=${this.handleMouseEnter}
        @mouseleave=${this.handleMouseLeave}
        @keydown=${this.handleKeyDown}
        tabindex="${sl(this.personCardInteraction!=="none"?"0":void 0)}"
      >
        ${r}
      </div>
    `},this.renderLoading=()=>{let e=st({"person-root":!0,small:!this.isThreeLines()&&!this.isFourLines()&&!this.isLargeAvatar(),large:this.avatarSize!=="auto"&&this.isLargeAvatar(),noline:this.isNoLine(),oneline:this.isOneLine(),twolines:this.isTwoLines(),threelines:this.isThreeLines(),fourlines:this.isFourLines(),vertical:this.isVertical()}),t=st({"details-wrapper":!0,vertical:this.isVertical()});return this.renderTemplate("loading",null)||g`
        <div class="${e}">
          <div class="avatar-wrapper">
            <fluent-skeleton shimmer class="shimmer" shape="circle"></fluent-skeleton>
          </div>
          <div class=${t}>
            ${this.renderLoadingLines()}
          </div>
        </div>`},this.renderLoadingLines=()=>{let e=[];return this.isNoLine()||(this.isOneLine()&&e.push(this.renderLoadingLine(1)),this.isTwoLines()&&(e.push(this.renderLoadingLine(1)),e.push(this.renderLoadingLine(2))),this.isThreeLines()&&(e.push(this.renderLoadingLine(1)),e.push(this.renderLoadingLine(2)),e.push(this.renderLoadingLine(3))),this.isFourLines()&&(e.push(this.renderLoadingLine(1)),e.push(this.renderLoadingLine(2)),e.push(this.renderLoadingLine(3)),e.push(this.renderLoadingLine(4)))),e},this.renderLoadingLine=e=>{let t=`line${e}`;return g`
      <div class=${t}>
        <fluent-skeleton shimmer class="shimmer text" shape="rect"></fluent-skeleton>
      </div>
    `},this.handleMouseClick=e=>{let t=e.target;this.personCardInteraction==="click"&&t.tagName!==`${Et.prefix}-PERSON-CARD`.toUpperCase()&&this.showPersonCard()},this.handleKeyDown=e=>{let t=this.renderRoot.querySelector(".person-root");if(e){if(e.key==="Enter"){this.showPersonCard();let o=this.flyout;o?.isOpen&&(this._keyBoardFocus=Mh(()=>{let r=o.querySelector(".mgt-person-card");r.setAttribute("tabindex","0"),r.focus()},500),this._keyBoardFocus()),t.blur()}this.personCardInteraction!=="none"&&e.key==="Escape"&&t&&(this.hidePersonCard(),t.focus())}},this.handleMouseEnter=()=>{clearTimeout(this._mouseEnterTimeout),clearTimeout(this._mouseLeaveTimeout),this.personCardInteraction==="hover"&&(this._mouseEnterTimeout=window.setTimeout(this.showPersonCard,500))},this.handleMouseLeave=()=>{clearTimeout(this._mouseEnterTimeout),clearTimeout(this._mouseLeaveTimeout),this._mouseLeaveTimeout=window.setTimeout(this.hidePersonCard,500)},this.hidePersonCard=()=>{let e=this.flyout;e&&e.close();let t=this.querySelector(".mgt-person-card")||this.renderRoot.querySelector(".mgt-person-card");t&&(t.isExpanded=!1,t.clearHistory())},this.loadPersonCardResources=()=>P6(this,void 0,void 0,function*(){if(this.personCardInteraction!=="none"&&!this._hasLoadedPersonCard){let{registerMgtPersonCardComponent:e}=yield Promise.resolve().then(()=>(A6(),E6));customElements.get(ua("person-card"))||e(),this._hasLoadedPersonCard=!0}}),this.showPersonCard=()=>{this._personCardShouldRender||(this._personCardShouldRender=!0,this.loadPersonCardResources());let e=this.flyout;e&&e.open()},this.personCardInteraction="none",this.line1Property="displayName",this.line2Property="jobTitle",this.line3Property="department",this.line4Property="email",this.view="image",this.avatarSize="auto",this.disableImageFetch=!1,this._isInvalidImageSrc=!1,this.avatarType="photo",this.verticalLayout=!1}clearState(){this._personImage="",this._personDetailsInternal=null,this._fetchedImage=null,this._fetchedPresence=null}renderNoData(){let e=this.renderTemplate("no-data",null);if(e)return e;let t={"avatar-icon":!0,vertical:this.isVertical(),small:!this.isLargeAvatar(),noline:this.isNoLine(),oneline:this.isOneLine(),twolines:this.isTwoLines(),threelines:this.isThreeLines(),fourlines:this.isFourLines()};return g`
       <i class=${st(t)}></i>
     `}renderPersonIcon(){return G(k.Person)}renderImage(e,t){var o;let r=`${this.strings.photoFor} ${e.displayName}`,s=t&&!this._isInvalidImageSrc&&this.avatarType==="photo",n=this.avatarType==="photo"&&this.view==="image",a=(o=e?.displayName||`${this.strings.emailAddress} ${ni(e)}`)!==null&&o!==void 0?o:void 0,l=g`<img
      title="${sl(n?a:void 0)}"
      alt=${r}
      src=${t}
      @error=${()=>this._isInvalidImageSrc=!0} />`,c=e?this.getInitials(e):"",h=c?.length,u=st({initials:h&&!s,"contact-icon":!h}),v=g`<i>${this.renderPersonIcon()}</i>`,y=g`
      <span 
        title="${sl(this.view==="image"?a:void 0)}"
        role="${sl(this.view==="image"?void 0:"presentation")}"
        class="${u}"
      >
        ${h?c:v}
      </span>
`;return s?this.fireCustomEvent("person-image-rendered"):this.fireCustomEvent("person-icon-rendered"),s?l:y}renderPresence(e){var t;if(!this.showPresence||!e)return g``;let o,{activity:r,availability:s}=e;switch(s){case"Available":case"AvailableIdle":r==="OutOfOffice"?o=G(k.PresenceOofAvailable):o=G(k.PresenceAvailable);break;case"Busy":case"BusyIdle":switch(r){case"OutOfOffice":case"OnACall":o=G(k.PresenceOofBusy);break;default:o=G(k.PresenceBusy);break}break;case"DoNotDisturb":r==="OutOfOffice"?o=G(k.PresenceOofDnd):o=G(k.PresenceDnd);break;case"Away":r==="OutOfOffice"?o=G(k.PresenceOofAway):o=G(k.PresenceAway);break;case"BeRightBack":o=G(k.PresenceAway);break;case"Offline":switch(r){case"Offline":o=G(k.PresenceOffline);break;case"OutOfOffice":case"OffWork":o=G(k.PresenceOofAway);break;default:o=G(k.PresenceStatusUnknown);break}break;default:o=G(k.PresenceStatusUnknown);break}let n=st({"presence-wrapper":!0,noline:this.isNoLine(),oneline:this.isOneLine()}),a=(t=this.strings[r])!==null&&t!==void 0?t:Ie;return g`
      <span
        class="${n}"
        title="${a}"
        aria-label="${a}"
        role="img">
          ${o}
      </span>
    `}renderAvatar(e,t,o){let r=this.renderImage(e,t),s=this.renderPresence(o);return g`
      <div class="avatar-wrapper">
        ${r}
        ${s}
      </div>
    `}handleLine1Clicked(){this.fireCustomEvent("line1clicked",this.personDetailsInternal)}handleLine2Clicked(){this.fireCustomEvent("line2clicked",this.personDetailsInternal)}handleLine3Clicked(){this.fireCustomEvent("line3clicked",this.personDetailsInternal)}handleLine4Clicked(){this.fireCustomEvent("line4clicked",this.personDetailsInternal)}renderDetails(e,t){if(!e||this.view==="image")return g``;let o=e;t&&(o.presenceActivity=t?.activity,o.presenceAvailability=t?.availability);let r=[],s=this.getTextFromProperty(o,this.line1Property);if(this.hasTemplate("line1")){let a=this.renderTemplate("line1",{person:o});r.push(g`
           <div class="line1" part="detail-line" @click=${()=>this.handleLine1Clicked()}
            @keydown=${l=>l.key==="Enter"&&this.handleLine1Clicked()}
            role="presentation" aria-label="${s}">${a}</div>
         `)}else s&&r.push(g`
             <div class="line1" part="detail-line" @click=${()=>this.handleLine1Clicked()}
               @keydown=${a=>a.key==="Enter"&&this.handleLine1Clicked()}
              role="presentation" aria-label="${s}">${s}</div>
           `);if(!this.isOneLine()){let a=this.getTextFromProperty(o,this.line2Property);if(this.hasTemplate("line2")){let l=this.renderTemplate("line2",{person:o});r.push(g`
           <div class="line2" part="detail-line" @click=${()=>this.handleLine2Clicked()}
             @keydown=${c=>c.key==="Enter"&&this.handleLine2Clicked()}
              role="presentation" aria-label="${a}">${l}</div>
         `)}else a&&r.push(g`
             <div class="line2" part="detail-line" @click=${()=>this.handleLine2Clicked()}
               @keydown=${l=>l.key==="Enter"&&this.handleLine2Clicked()}
                role="presentation" aria-label="${a}">${a}</div>
           `)}if(this.isThreeLines()||this.isFourLines()){let a=this.getTextFromProperty(o,this.line3Property);if(this.hasTemplate("line3")){let l=this.renderTemplate("line3",{person:o});r.push(g`
           <div class="line3" part="detail-line" @click=${()=>this.handleLine3Clicked()}
             @keydown=${c=>c.key==="Enter"&&this.handleLine3Clicked()}
              role="presentation" aria-label="${a}">${l}</div>
         `)}else a&&r.push(g`
             <div class="line3" part="detail-line" @click=${()=>this.handleLine3Clicked()}
               @keydown=${l=>l.key==="Enter"&&this.handleLine3Clicked()}
                role="presentation" aria-label="${a}">${a}</div>
           `)}if(this.isFourLines()){let a=this.getTextFromProperty(o,this.line4Property);if(this.hasTemplate("line4")){let l=this.renderTemplate("line4",{person:o});r.push(g`
          <div class="line4" part="detail-line" @click=${()=>this.handleLine4Clicked()}
            @keydown=${c=>c.key==="Enter"&&this.handleLine4Clicked()}
            role="presentation" aria-label="${a}">${l}</div>
        `)}else a&&r.push(g`
            <div class="line4" part="detail-line" @click=${()=>this.handleLine4Clicked()}
              @keydown=${l=>l.key==="Enter"&&this.handleLine4Clicked()}
              role="presentation" aria-label="${a}">${a}</div>
          `)}let n=st({"details-wrapper":!0,vertical:this.isVertical()});return g`
      <div class="${n}">
        ${r}
      </div>
    `}renderFlyout(e,t,o,r){let s=this._personCardShouldRender&&this._hasLoadedPersonCard?g`
           <div slot="flyout" data-testid="flyout-slot">
             ${this.renderFlyoutContent(t,o,r)}
           </div>`:g``,n=st({small:!this.isThreeLines()&&!this.isFourLines()&&!this.isLargeAvatar(),large:this.avatarSize!=="auto"&&this.isLargeAvatar(),noline:this.isNoLine(),oneline:this.isOneLine(),twolines:this.isTwoLines(),threelines:this.isThreeLines(),fourlines:this.isFourLines(),vertical:this.isVertical()});return Ne`
      <mgt-flyout light-dismiss class="flyout" .avoidHidingAnchor=${!1}>
        <div slot="anchor" class="${n}">${e}</div>
        ${s}
      </mgt-flyout>`}renderFlyoutContent(e,t,o){return this.fireCustomEvent("flyout-content-rendered"),this.renderTemplate("person-card",{person:e,personImage:t})||Ne`
        <mgt-person-card
          class="mgt-person-card"
          lock-tab-navigation
          .personDetails=${e}
          .personImage=${t}
          .personPresence=${o}
          .showPresence=${this.showPresence}>
        </mgt-person-card>`}args(){return[this.providerState,this.verticalLayout,this.view,this.fallbackDetails,this.line1Property,this.line2Property,this.line3Property,this.line4Property,this.fetchImage,this.avatarType,this.userId,this.personQuery,this.disableImageFetch,this.showPresence,this.personPresence,this.personDetails]}loadState(){return P6(this,void 0,void 0,function*(){let e=W.globalProvider;if(!e||e.state===le.Loading)return;if(e&&e.state===le.SignedOut){this.personDetailsInternal=null;return}let t=e.graph.forComponent(this);(this.verticalLayout&&this.view!=="fourlines"||this.fallbackDetails)&&(this.line2Property="email");let o=[...Kg,this.line1Property,this.line2Property,this.line3Property,this.line4Property];o=o.filter(n=>n!=="email");let r=this.personDetailsInternal||this.personDetails;if(r){if(!r.personImage&&this.fetchImage&&this.avatarType==="photo"&&!this.personImage&&!this._fetchedImage){let n;"groupTypes"in r?n=yield _4(t,r):n=yield ul(t,r,i.config.useContactApis),n&&(r.personImage=n,this._fetchedImage=n)}}else if(this.userId||this.personQuery==="me"){let n;this.avatarType==="photo"&&!this.disableImageFetch?n=yield fl(t,this.userId,o):this.personQuery==="me"?n=yield Tg(t,o):n=yield al(t,this.userId,o),this.personDetailsInternal=n,this.personDetails=n,this._fetchedImage=this.getImage()}else if(this.personQuery){let n=yield An(t,this.personQuery,1);if((!n||n.length===0)&&(n=(yield Fs(t,this.personQuery,1))||[]),n?.length&&(this.personDetailsInternal=n[0],this.personDetails=n[0],this.avatarType==="photo"&&!this.disableImageFetch)){let a=yield ul(t,n[0],i.config.useContactApis);a&&(this.personDetailsInternal.personImage=a,this.personDetails.personImage=a,this._fetchedImage=a)}}r=this.personDetailsInternal||this.personDetails||this.fallbackDetails,this.personCardInteraction!=="none"&&Kh(t,r,this.personQuery==="me");let s={activity:"Offline",availability:"Offline",id:null};if(this.showPresence&&!this.personPresence&&!this._fetchedPresence)try{if(r){let n=this.personQuery!=="me"?r?.id:null;this._fetchedPresence=yield Nh(t,n)}else this._fetchedPresence=s}catch{this._fetchedPresence=s}})}getInitials(e){var t,o,r,s,n,a;if(e||(e=this.personDetailsInternal),v4(e))return e.initials;let l="";if(Oh(e)&&(l+=(r=(o=(t=e.givenName)===null||t===void 0?void 0:t[0])===null||o===void 0?void 0:o.toUpperCase())!==null&&r!==void 0?r:"",l+=(a=(n=(s=e.surname)===null||s===void 0?void 0:s[0])===null||n===void 0?void 0:n.toUpperCase())!==null&&a!==void 0?a:""),!l&&e.displayName){let c=e.displayName.split(/\s+/);for(let h=0;h<2&&h<c.length;h++)c[h][0]&&this.isLetter(c[h][0])&&(l+=c[h][0].toUpperCase())}return l}getImage(){if(this.personImage)return this.personImage;if(this._fetchedImage)return this._fetchedImage;let e=this.personDetailsInternal||this.personDetails;return e?.personImage?e.personImage:null}isLetter(e){try{return e.match(new RegExp("\\p{L}","u"))}catch{return e.toLowerCase()!==e.toUpperCase()}}getTextFromProperty(e,t){if(!t||t.length===0)return null;let o=t.trim().split(","),r,s=0;for(;!r&&s<o.length;){let n=o[s].trim();switch(n){case"mail":case"email":r=ni(e);break;default:r=e[n]}s++}return r}isLargeAvatar(){return this.avatarSize==="large"||this.avatarSize==="auto"&&this.view!=="image"&&this.view!=="oneline"}isNoLine(){return this.view==="image"}isOneLine(){return this.view==="oneline"}isTwoLines(){return this.view==="twolines"}isThreeLines(){return this.view==="threelines"}isFourLines(){return this.view==="fourlines"}isVertical(){return this.verticalLayout}};$e.config={useContactApis:!0};Ge([_({attribute:"person-query"}),be("design:type",String),be("design:paramtypes",[String])],$e.prototype,"personQuery",null);Ge([_({attribute:"fallback-details",type:Object}),be("design:type",Object),be("design:paramtypes",[Object])],$e.prototype,"fallbackDetails",null);Ge([_({attribute:"user-id"}),be("design:type",String),be("design:paramtypes",[String])],$e.prototype,"userId",null);Ge([_({attribute:"usage"}),be("design:type",String),be("design:paramtypes",[String])],$e.prototype,"usage",null);Ge([_({attribute:"show-presence",type:Boolean}),be("design:type",Boolean)],$e.prototype,"showPresence",void 0);Ge([_({attribute:"avatar-size",type:String}),be("design:type",String)],$e.prototype,"avatarSize",void 0);Ge([ce(),be("design:type",Object),be("design:paramtypes",[Object])],$e.prototype,"personDetailsInternal",null);Ge([_({attribute:"person-details",type:Object}),be("design:type",Object),be("design:paramtypes",[Object])],$e.prototype,"personDetails",null);Ge([_({attribute:"person-image",type:String}),be("design:type",String),be("design:paramtypes",[String])],$e.prototype,"personImage",null);Ge([_({attribute:"fetch-image",type:Boolean}),be("design:type",Boolean)],$e.prototype,"fetchImage",void 0);Ge([_({attribute:"disable-image-fetch",type:Boolean}),be("design:type",Boolean)],$e.prototype,"disableImageFetch",void 0);Ge([_({attribute:"vertical-layout",type:Boolean}),be("design:type",Boolean)],$e.prototype,"verticalLayout",void 0);Ge([_({attribute:"avatar-type",converter:i=>P4(i,"photo")}),be("design:type",String)],$e.prototype,"avatarType",void 0);Ge([_({attribute:"person-presence",type:Object}),be("design:type",Object),be("design:paramtypes",[Object])],$e.prototype,"personPresence",null);Ge([_({attribute:"person-card",converter:i=>Wh(i)}),be("design:type",String)],$e.prototype,"personCardInteraction",void 0);Ge([_({attribute:"line1-property"}),be("design:type",String)],$e.prototype,"line1Property",void 0);Ge([_({attribute:"line2-property"}),be("design:type",String)],$e.prototype,"line2Property",void 0);Ge([_({attribute:"line3-property"}),be("design:type",String)],$e.prototype,"line3Property",void 0);Ge([_({attribute:"line4-property"}),be("design:type",String)],$e.prototype,"line4Property",void 0);Ge([_({converter:i=>Mn(i,"image")}),be("design:type",String)],$e.prototype,"view",void 0);Ge([ce(),be("design:type",String)],$e.prototype,"_fetchedImage",void 0);Ge([ce(),be("design:type",Object)],$e.prototype,"_fetchedPresence",void 0);Ge([ce(),be("design:type",Boolean)],$e.prototype,"_isInvalidImageSrc",void 0);Ge([ce(),be("design:type",Boolean)],$e.prototype,"_personCardShouldRender",void 0);Ge([ce(),be("design:type",Object)],$e.prototype,"_hasLoadedPersonCard",void 0)});we();we();zr();we();A0();Jl();Xo();var S7=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},bc=class{constructor(e){this._getCustomHeaders=e}execute(e){return S7(this,void 0,void 0,function*(){if(this._getCustomHeaders){let t=yield this._getCustomHeaders();for(let o in t)Object.prototype.hasOwnProperty.call(t,o)&&Qo(e.request,e.options,o,t[o])}return yield this._nextMiddleware.execute(e)})}setNext(e){this._nextMiddleware=e}};var yc=class extends Kl{constructor(e,t){let o=[new xi(new Dt),new gi,new Yl(zs),new bc(t),new $o];super(Hs.initWithMiddleware({baseUrl:e,middleware:D0(...o),customHosts:new Set([new URL(e).hostname])}))}};var xc=class extends Gl{get name(){return"MgtProxyProvider"}constructor(e,t){super(),this.graph=new yc(e,t),this.graph.api("me").get().then(o=>{o!=null?this.setState(le.SignedIn):this.setState(le.SignedOut)},o=>{this.setState(le.SignedOut)})}getAccessToken(){return Promise.resolve("")}};Cl();xe();xt();Wg();Nu();we();Wo();var Sl=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},zk=["any","unified","security","mailenabledsecurity","distribution"],e0=i=>zk.includes(i),O6=(i,e="any")=>e0(i)?i:e,t0=()=>M.config.groups.invalidationPeriod||M.config.defaultInvalidationPeriod,Hr=()=>M.config.groups.isEnabled&&M.config.isEnabled,$l=["GroupMember.Read.All","Group.Read.All","Directory.Read.All","Group.ReadWrite.All","Directory.ReadWrite.All"];var ou=(i,e,t=10,o=["any"],r="")=>Sl(void 0,void 0,void 0,function*(){let s=Array.isArray(o)?o.join("+"):JSON.stringify(o),n,a=`${e||"*"}*${s}*${r}:${t}`;if(Hr()){n=M.getCache(T.groups,T.groups.stores.groupsQuery);let u=yield n.getValue(a);if(u&&t0()>Date.now()-u.timeCached&&u.top>=t)return u.groups.map(v=>JSON.parse(v)).slice(0,t+1)}let l="",c,h=[];if(e!==""&&(l=`(startswith(displayName,'${e}') or startswith(mailNickname,'${e}') or startswith(mail,'${e}'))`),r&&(l+=`${e?" and ":""}${r}`),o.includes("any")){if(h.length===0){let u=yield i.api("groups").filter(l).top(t).count(!0).header("ConsistencyLevel","eventual").middlewareOptions(pe($l)).get();return Hr()&&u&&(yield n.putValue(a,{groups:u.value.map(v=>JSON.stringify(v)),top:t})),u?u.value:null}}else{let u=i.createBatch(),v=[];o.includes("unified")&&v.push("groupTypes/any(c:c+eq+'Unified')"),o.includes("security")&&v.push("(mailEnabled eq false and securityEnabled eq true)"),o.includes("mailenabledsecurity")&&v.push("(mailEnabled eq true and securityEnabled eq true)"),o.includes("distribution")&&v.push("(mailEnabled eq true and securityEnabled eq false)"),l=l?`${l} and `:"";for(let y of v){let S=`/groups?$filter=${l+y}&$top=${t}`;u.get(y,S,$l)}try{c=yield u.executeAll();for(let y of v)if(c.get(y).content.value)for(let S of c.get(y).content.value)h.find(j=>j.id===S.id)||h.push(S)}catch{try{let S=[];for(let O of v)S.push(i.api("groups").filter(`${l} and ${O}`).top(t).count(!0).header("ConsistencyLevel","eventual").middlewareOptions(pe($l)).get());return(yield Promise.all(S)).map(O=>O.value).reduce((O,j)=>O.concat(j),[])}catch{return[]}}}return h});var i0=(i,e,t)=>Sl(void 0,void 0,void 0,function*(){let o;if(Hr()){o=M.getCache(T.groups,T.groups.stores.groups);let n=yield o.getValue(e);if(n&&t0()>Date.now()-n.timeCached){let a=n.group?JSON.parse(n.group):null,l=t&&a?t.filter(c=>!Object.keys(a).includes(c)):null;if(!l||l.length<=1)return a}}let r=`/groups/${e}`;t&&(r=r+"?$select="+t.toString());let s=yield i.api(r).middlewareOptions(pe($l)).get();return Hr()&&(yield o.putValue(e,{group:JSON.stringify(s)})),s}),ru=(i,e,t="")=>Sl(void 0,void 0,void 0,function*(){if(!e||e.length===0)return[];let o=i.createBatch(),r={},s=[],n;Hr()&&(n=M.getCache(T.groups,T.groups.stores.groups));for(let a of e){r[a]=null;let l;if(Hr()&&(l=yield n.getValue(a)),l&&t0()>Date.now()-l.timeCached)r[a]=l.group?JSON.parse(l.group):null;else if(a!==""){let c=`/groups/${a}`;t&&(c=`${c}?$filters=${t}`),o.get(a,c,$l),s.push(a)}}try{let a=yield o.executeAll();for(let l of e){let c=a.get(l);c?.content&&(r[l]=c.content,Hr()&&(yield n.putValue(l,{group:JSON.stringify(c.content)})))}return Promise.all(Object.values(r))}catch{try{return e.filter(l=>s.includes(l)).forEach(l=>{r[l]=i0(i,l)}),Hr()&&(yield Promise.all(e.filter(l=>s.includes(l)).map(l=>Sl(void 0,void 0,void 0,function*(){return yield n.putValue(l,{group:JSON.stringify(yield r[l])})})))),Promise.all(Object.values(r))}catch{return[]}}}),M6=(i,e,t,o=10,r=["any"],s="")=>Sl(void 0,void 0,void 0,function*(){let n=[],a=yield ou(i,e,o,r,s);if(a)for(let l of a)l.id&&t.includes(l.id)&&n.push(l);return n});Rs();On();we();Go();Cl();Mg();xe();var H6=[ze`
:host([hidden]){display:none}:host{display:block;font-family:var(--default-font-family, "Segoe UI", "Segoe UI Web (West European)", "Segoe UI", -apple-system, "BlinkMacSystemFont", "Roboto", "Helvetica Neue", sans-serif);font-size:var(--default-font-size, 14px);--theme-primary-color:#0078d7;--theme-dark-color:#005a9e}:focus-visible{outline-color:var(--focus-ring-color,Highlight);outline-color:var(--focus-ring-color,-webkit-focus-ring-color);outline-style:var(--focus-ring-style,auto)}.ms-icon{display:inline-block;font-family:FabricMDL2Icons;font-style:normal;font-weight:400;font-size:16px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:4px 0}.error{background-color:#fde7e9;padding-block:8px;padding-inline:8px 12px}.ms-icon-chevron-down::before{content:"\\\e70d"}.ms-icon-chevron-up::before{content:"\\\e70e"}.ms-icon-contact::before{content:"\\\e77b"}.ms-icon-add-friend::before{content:"\\\e8fa"}.ms-icon-outlook-logo-inverser::before{content:"\\\eb6d"}:host{--person-details-wrapper-width:0;width:auto}:host fluent-text-field{width:100%;font-size:var(--people-picker-font-size, 14px);margin-block-end:4px}:host fluent-text-field::part(root){display:flex;flex-wrap:wrap;height:auto;background:padding-box linear-gradient(var(--people-picker-input-background,var(--neutral-fill-input-rest)),var(--people-picker-input-background,var(--neutral-fill-input-rest))),border-box var(--people-picker-input-border-color,var(--neutral-stroke-input-rest))}:host fluent-text-field::part(root):hover{background:padding-box linear-gradient(var(--people-picker-input-hover-background,var(--neutral-fill-input-hover)),var(--people-picker-input-hover-background,var(--neutral-fill-input-hover))),border-box var(--people-picker-input-hover-border-color,var(--neutral-stroke-input-hover))}:host fluent-text-field::part(root):focus,:host fluent-text-field::part(root):focus-within{background:padding-box linear-gradient(var(--people-picker-input-focus-background,var(--neutral-fill-input-focus)),var(--people-picker-input-focus-background,var(--neutral-fill-input-focus))),border-box var(--people-picker-input-focus-border-color,var(--neutral-stroke-input-focus))}:host fluent-text-field::part(start){margin:unset}:host fluent-text-field::part(control){width:auto;flex-grow:1;min-width:25%;height:calc((var(--base-height-multiplier) + var(--density)) * var(--design-unit) * 1px);word-spacing:inherit;text-indent:inherit;letter-spacing:inherit}:host fluent-text-field::part(control)::placeholder{color:var(--people-picker-input-placeholder-text-color,var(--input-placeholder-rest))}:host fluent-text-field::part(control):hover::placeholder{color:var(--people-picker-input-placeholder-hover-text-color,var(--input-placeholder-hover))}:host fluent-text-field::part(control):focus-within::placeholder,:host fluent-text-field::part(control):focus::placeholder{color:var(--people-picker-input-placeholder-focus-text-color,var(--input-placeholder-filled))}:host fluent-text-field .search-icon{display:flex;padding-top:10px;padding-inline-start:10px}:host fluent-text-field .search-icon svg path{fill:var(--people-picker-search-icon-color,currentColor)}:host .selected-list{display:flex;flex-wrap:wrap;column-gap:5px;padding:unset;margin:0 5px}:host .selected-list-item{display:flex;column-gap:5px;border-radius:100px;margin-top:3px;background-color:var(--people-picker-selected-option-background-color,var(--person-background-color,var(--neutral-layer-3)))}:host .selected-list-item.highlighted{background-color:var(--people-picker-selected-option-highlight-background-color,var(--accent-fill-rest))}:host .selected-list-item-close-icon{display:flex;justify-content:center;align-items:center;padding-inline-end:8px;cursor:pointer}:host .selected-list-item-close-icon svg path{fill:var(--people-picker-remove-selected-close-icon-color,currentColor)}:host .selected-list-item .person-image-selected{width:max-content;--person-avatar-size:var(--people-picker-selected-person-avatar-size, 24px)}:host fluent-card{background-color:var(--people-picker-dropdown-background-color,var(--fill-color))}:host .searched-people-list{list-style:none;padding:4px;margin:auto;max-height:var(--people-picker-dropdown-max-height,300px);overflow-y:var(--people-picker-dropdown-scrollbar,auto)}:host .searched-people-list-result{padding:4px;border-radius:4px;background:var(--people-picker-dropdown-result-background-color,var(--person-background-color,transparent))}:host .searched-people-list-result:hover{background:var(--people-picker-dropdown-result-hover-background-color,var(--person-background-color,var(--neutral-fill-input-hover)))}:host .searched-people-list-result:focus,:host .searched-people-list-result:focus-within{background:var(--people-picker-dropdown-result-focus-background-color,var(--person-background-color,var(--neutral-fill-input-focus)))}:host .searched-people-list-result .person-image-result{--person-avatar-size:var(--people-picker-result-person-avatar-size, 40px)}:host .message-parent{display:flex;place-content:center;flex-direction:row;padding:10px 15px;column-gap:5px}:host .message-parent .loading-text,:host .message-parent .search-error-text{font-style:normal;font-weight:600;font-size:14px;line-height:19px;text-align:center;color:var(--people-picker-no-results-text-color,var(--neutral-foreground-hint))}
`];Ki();ks();Hn();var V6={inputPlaceholderText:"Search for a name",maxSelectionsPlaceHolder:"Max contacts added",maxSelectionsAriaLabel:"Maximum contact selections reached",noResultsFound:"We didn't find any matches.",loadingMessage:"Loading...",selected:"selected",removeSelectedUser:"Remove ",selectContact:"select a contact",suggestionsTitle:"Suggested contacts"};we();Gg();Eg();Hg();var Te=function(i,e,t,o){var r=arguments.length,s=r<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,t):o,n;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")s=Reflect.decorate(i,e,t,o);else for(var a=i.length-1;a>=0;a--)(n=i[a])&&(s=(r<3?n(s):r>3?n(e,t,s):n(e,t))||s);return r>3&&s&&Object.defineProperty(e,t,s),s},Se=function(i,e){if(typeof Reflect=="object"&&typeof Reflect.metadata=="function")return Reflect.metadata(i,e)},Un=function(i,e,t,o){function r(s){return s instanceof t?s:new t(function(n){n(s)})}return new(t||(t=Promise))(function(s,n){function a(h){try{c(o.next(h))}catch(u){n(u)}}function l(h){try{c(o.throw(h))}catch(u){n(u)}}function c(h){h.done?s(h.value):r(h.value).then(a,l)}c((o=o.apply(i,e||[])).next())})},B6=()=>{wo(rl,Ka),Gh(),Mr(),eu(),We("people-picker",ye)},ye=class extends Nt{static get styles(){return H6}get strings(){return V6}get flyout(){return this.renderRoot.querySelector(".flyout")}get input(){return this.renderRoot.querySelector("fluent-text-field")}get selectedPeople(){return this._selectedPeople}set selectedPeople(e){e||(e=[]),xv(this._selectedPeople,e)||(this._selectedPeople=e,this.fireCustomEvent("selectionChanged",this._selectedPeople))}static get requiredScopes(){return[...new Set(["user.read.all","people.read","group.read.all","user.readbasic.all","contacts.read",...$e.requiredScopes])]}constructor(){super(),this.groupIds=[],this.type="any",this.groupType=["any"],this.userType="any",this.transitiveSearch=!1,this.people=null,this.showMax=6,this.disableImages=!1,this.personCardInteraction="none",this.defaultSelectedUserIds=[],this.defaultSelectedGroupIds=[],this.disabled=!1,this.allowAnyEmail=!1,this.userIds=[],this.disableSuggestions=!1,this.userInput="",this._selectedPeople=[],this._arrowSelectionCount=-1,this.defaultSelectedUsers=[],this.defaultSelectedGroups=[],this._highlightedUsers=[],this._currentHighlightedUserPos=0,this._isFocused=!1,this._setAnyEmail=!1,this.handleSelectionChanged=()=>{this.selectedPeople.length===0&&!this.disabled&&this.enableTextInput()},this.renderLoading=()=>this.renderTemplate("loading",null)||Ne`
         <div class="message-parent">
           <mgt-spinner></mgt-spinner>
           <div aria-label="${this.strings.loadingMessage}" aria-live="polite" role="alert" class="loading-text">
             ${this.strings.loadingMessage}
           </div>
         </div>
       `,this.handleInputClick=()=>{this.flyout.isOpen||this.handleUserSearch()},this.gainedFocus=()=>{this.clearHighlighted(),this._isFocused=!0,this.loadState(),this.showFlyout()},this.lostFocus=()=>{this._isFocused=!1,this.input&&this.input.setAttribute("aria-activedescendant","");let e=this.renderRoot.querySelector(".people-list");if(e)for(let t of e.children)t.classList.remove("focused"),t.setAttribute("aria-selected","false");this.requestUpdate()},this.onUserKeyUp=e=>{let t=e.key,o=e.getModifierState("Control")||e.getModifierState("Meta"),r=o&&t==="v",s=["ArrowDown","ArrowRight","ArrowUp","ArrowLeft"].includes(t);if(!r&&o||s){(o||["ArrowLeft","ArrowRight"].includes(t))&&this.hideFlyout(),t==="ArrowDown"&&!this.flyout.isOpen&&this._isFocused&&this.handleUserSearch();return}if(!["Tab","Enter","Shift"].includes(t)){if(t==="Escape"){this.clearInput(),this._foundPeople=[],this._arrowSelectionCount=-1;return}if(t==="Backspace"&&this.userInput.length===0&&this.selectedPeople.length>0){this.clearHighlighted(),this.selectedPeople=this.selectedPeople.splice(0,this.selectedPeople.length-1),this.loadState(),this.hideFlyout();return}if([";",","].includes(t)){this.allowAnyEmail&&(this._setAnyEmail=!0,e.preventDefault(),e.stopPropagation());return}}},this.onUserInput=e=>{let t=e.target;this.userInput=t.value,this.userInput?(Vh(this.userInput)&&this.allowAnyEmail?this._setAnyEmail&&this.handleAnyEmail():this.handleUserSearch(),this._setAnyEmail=!1):this._foundPeople=[]},this.onUserKeyDown=e=>{e.stopPropagation();let t=e.key,o=this.renderRoot.querySelector(".selected-list"),r=e.getModifierState("Control")||e.getModifierState("Meta");if(r&&o){let s=o.querySelectorAll("mgt-person.person-image-selected");if(this.hideFlyout(),r&&t==="ArrowLeft")this._currentHighlightedUserPos=(this._currentHighlightedUserPos-1+s.length)%s.length,this._currentHighlightedUserPos>=0&&!Number.isNaN(this._currentHighlightedUserPos)?this._highlightedUsers.push(s[this._currentHighlightedUserPos]):this._currentHighlightedUserPos=0;else if(r&&t==="ArrowRight"){let n=this._highlightedUsers.pop();if(n){let a=n.parentElement;a&&(this.clearHighlighted(a),this._currentHighlightedUserPos++)}}else r&&t==="a"&&(this._highlightedUsers=[],s.forEach(n=>this._highlightedUsers.push(n)));this._highlightedUsers&&this.highlightSelectedPeople(this._highlightedUsers);return}if(this.clearHighlighted(),!!this.flyout.isOpen){if((t==="ArrowUp"||t==="ArrowDown")&&(this.handleArrowSelection(e),e.preventDefault()),t==="Enter"){if(!e.shiftKey&&this._foundPeople){e.preventDefault();let s=this._foundPeople[this._arrowSelectionCount];if(s){this.addPerson(s),this.hideFlyout(),this.input.value="",this.hasMaxSelections&&this.disableTextInput();return}}this.allowAnyEmail?this.handleAnyEmail():this.showFlyout()}[";",",","Tab"].includes(t)&&this.allowAnyEmail&&(t!=="Tab"&&e.preventDefault(),this.userInput=this.input.value,this.handleAnyEmail()),t==="Tab"&&this.hideFlyout()}},this.handleCut=()=>{this.writeHighlightedText().then(()=>{this.removeHighlightedOnCut()},()=>{})},this.handleCopy=()=>{this.writeHighlightedText()},this.handlePaste=()=>{navigator.clipboard.readText().then(e=>{if(e)try{let t=JSON.parse(e);if(t&&t.length>0)for(let o of t)this.addPerson(o)}catch(t){if(t instanceof SyntaxError){let o=[",",";"],r;try{for(let s of o)if(r=e.split(s),r.length>1){this.hideFlyout(),this.selectUsersById(r);break}}catch{}}}},e=>{})},this.addEventListener("copy",this.handleCopy),this.addEventListener("cut",this.handleCut),this.addEventListener("paste",this.handlePaste),this.addEventListener("selectionChanged",this.handleSelectionChanged)}disableTextInput(){let e=this.input.shadowRoot.querySelector("input");e&&(e.setAttribute("disabled","true"),e.value="")}enableTextInput(){let e=this.input.shadowRoot.querySelector("input");e&&(e.removeAttribute("disabled"),e.focus())}get hasMaxSelections(){return this.selectionMode==="single"&&this.selectedPeople.length>=1}focus(e){this.input&&(this.input.focus(e),this.input.select())}selectUsersById(e){var t;return Un(this,void 0,void 0,function*(){let o=W.globalProvider,r=W.globalProvider.graph;if(o&&o.state===le.SignedIn)for(let s in e){let n=e[s];try{let a=yield al(r,n,Kg);this.addPerson(a)}catch(a){if(Uh(a)&&(!((t=a.message)===null||t===void 0)&&t.includes("does not exist"))&&this.allowAnyEmail&&Vh(n)){let l={mail:n,displayName:n};this.addPerson(l)}}}})}selectGroupsById(e){return Un(this,void 0,void 0,function*(){let t=W.globalProvider,o=W.globalProvider.graph;if(t&&t.state===le.SignedIn)for(let r in e)try{let s=yield i0(o,e[r]);this.addPerson(s)}catch{}})}render(){let e=this.renderTemplate("default",{people:this._foundPeople});if(e)return e;let t=this.renderSelectedPeople(this.selectedPeople);if(this.selectionMode==="single"&&this.selectedPeople.length===1)return t;{let o=this.renderInput(t),r=this.renderFlyout(o);return g`
      <div>
        ${r}
      </div>
    `}}args(){return[this.providerState,this.groupId,this.groupIds,this.type,this.groupType,this.userType,this.transitiveSearch,this.people,this.showMax,this.defaultSelectedUserIds,this.defaultSelectedGroupIds,this.userIds,this.userFilters,this.peopleFilters,this.groupFilters]}clearState(){this.selectedPeople=[],this.userInput="",this._highlightedUsers=[],this._currentHighlightedUserPos=0}renderInput(e){var t,o,r;let s=this.disabled?"":this.placeholder||this.strings.inputPlaceholderText,n=this.hasMaxSelections?this.strings.maxSelectionsAriaLabel:"",a=g`<span class="search-icon">${G(k.Search)}</span>`,l=((t=this.selectedPeople)===null||t===void 0?void 0:t.length)>0?e:a;return g`
      <fluent-text-field
        autocomplete="off"
        appearance="outline"
        slot="anchor"
        id="people-picker-input"
        role="combobox"
        aria-live="assertive"
        aria-atomic="true"
        placeholder=${this.hasMaxSelections?this.strings.maxSelectionsPlaceHolder:s}
        aria-label=${this.ariaLabel||n||s||this.strings.selectContact}
        aria-expanded=${(r=(o=this.flyout)===null||o===void 0?void 0:o.isOpen)!==null&&r!==void 0?r:!1}
        @click="${this.hasMaxSelections?void 0:this.handleInputClick}"
        @focus="${this.hasMaxSelections?void 0:this.gainedFocus}"
        @keydown="${this.hasMaxSelections?void 0:this.onUserKeyDown}"
        @input="${this.hasMaxSelections?void 0:this.onUserInput}"
        @blur="${this.lostFocus}"
        ?disabled=${this.disabled}
      >
        <span slot="start">${l}</span>
      </fluent-text-field>
    `}renderSelectedPeople(e){return e?.length?g`
       <ul
        id="selected-list"
        aria-label="${this.strings.selected}"
        class="selected-list">
          ${xl(e,t=>t?.id,t=>{var o;return g`
            <li class="selected-list-item">
              ${this.renderTemplate("selected-person",{person:t},`selected-${t?.id?t.id:t.displayName}`)||this.renderSelectedPerson(t)}

              <div
                role="button"
                tabindex="0"
                class="selected-list-item-close-icon"
                aria-label="${this.strings.removeSelectedUser}${(o=t?.displayName)!==null&&o!==void 0?o:""}"
                @click="${r=>this.removePerson(t,r)}"
                @keydown="${r=>this.handleRemovePersonKeyDown(t,r)}">
                  ${G(k.Close)}
              </div>
          </li>`})}
      </ul>`:g``}renderFlyout(e){return Ne`
       <mgt-flyout light-dismiss class="flyout">
         ${e}
         <fluent-card
          tabindex="0"
          slot="flyout"
          class="flyout-root"
          @wheel=${t=>this.handleSectionScroll(t)}
          @keydown=${t=>this.onUserKeyDown(t)}
          class="custom">
           ${this.renderFlyoutContent()}
         </fluent-card>
       </mgt-flyout>
     `}renderFlyoutContent(){if(this._task.status===zu.PENDING)return this.renderLoading();let e=this._foundPeople;return!e||e.length===0||this.showMax===0?this.renderNoData():this.renderSearchResults(e)}renderNoData(){if(!(!this._isFocused||this.userInput.trim().length===0))return this.renderTemplate("error",null)||this.renderTemplate("no-data",null)||g`
         <div class="message-parent">
           <div aria-label=${this.strings.noResultsFound} aria-live="polite" role="alert" class="search-error-text">
             ${this.strings.noResultsFound}
           </div>
         </div>
       `}renderSearchResults(e){let t=e.filter(o=>o.id);return g`
      <ul
        id="suggestions-list"
        class="searched-people-list"
        role="listbox"
        aria-live="polite"
        aria-label="${this.strings.suggestionsTitle}"
        title=${this.strings.suggestionsTitle}
      >
        ${xl(t,o=>o.id,o=>g`
          <li
            id="${o.id}"
            class="searched-people-list-result"
            role="option"
            @click="${()=>this.handleSuggestionClick(o)}">
              ${this.renderPersonResult(o)}
          </li>
        `)}
      </ul>
     `}renderPersonResult(e){return this.renderTemplate("person",{person:e},e.id)||Ne`
         <mgt-person
          class="person-image-result"
          ?show-presence=${this.showPresence}
          view="twolines"
          line2-property="jobTitle,mail"
          .personDetails=${e}
          ?fetch-image=${!this.disableImages}
          person-card="none"
        ></mgt-person>`}renderSelectedPerson(e){return Ne`
       <mgt-person
         class="person-image-selected"
         .personDetails=${e}
         ?fetch-image=${!this.disableImages}
         view="oneline"
         person-card=${this.personCardInteraction}
        ></mgt-person>
     `}loadState(){var e,t;return Un(this,void 0,void 0,function*(){this._groupPeople=null,this._foundPeople=null,this.defaultPeople=null;let o=this.people,r=this.userInput.toLowerCase(),s=W.globalProvider;if(o?.length)r&&(o=o.filter(a=>a?.displayName.toLowerCase().includes(r)));else if(!o&&s&&s.state===le.SignedIn){let n=s.graph.forComponent(this);if(!r.length){if((this.defaultSelectedUserIds.length>0||this.defaultSelectedGroupIds.length>0)&&!this.selectedPeople.length&&!this.defaultSelectedUsers.length&&!this.defaultSelectedGroups.length&&(this.defaultSelectedUsers=yield ll(n,this.defaultSelectedUserIds,"",this.userFilters),this.defaultSelectedGroups=yield ru(n,this.defaultSelectedGroupIds,this.peopleFilters),this.defaultSelectedGroups=this.defaultSelectedGroups.filter(a=>a!==null),this.defaultSelectedUsers=this.defaultSelectedUsers.filter(a=>a!==null),this.selectedPeople=[...this.defaultSelectedUsers,...this.defaultSelectedGroups],this.hasMaxSelections&&this.disableTextInput(),this.requestUpdate()),this.disableSuggestions){this._foundPeople=[];return}if(this.defaultPeople)o=this.defaultPeople;else{if(this.groupId||this.groupIds.length){if(this._groupPeople===null)if(this.groupId)try{this.type==="group"?this._groupPeople=yield cl(n,null,this.groupId,this.showMax,this.type,this.transitiveSearch):this._groupPeople=yield cl(n,null,this.groupId,this.showMax,this.type,this.transitiveSearch,this.userFilters,this.peopleFilters)}catch{this._groupPeople=[]}else if(this.type==="group")try{this._groupPeople=yield ru(n,this.groupIds,this.groupFilters)}catch{this._groupPeople=[]}else try{let a=yield Ig(n,"",this.groupIds,this.showMax,this.type,this.transitiveSearch,this.userFilters);this._groupPeople=a}catch{this._groupPeople=[]}o=this._groupPeople||[]}else if(this.type==="person"||this.type==="any")if(this.userIds.length)o=yield ll(n,this.userIds,"",this.userFilters);else{let a=this.userType==="user"||this.userType==="contact";this.userFilters&&a?o=yield $4(n,this.userFilters,this.showMax):o=yield C4(n,this.userType,this.peopleFilters,this.showMax)}else if(this.type==="group"){let a=(yield ou(n,"",this.showMax,this.groupType,this.groupFilters))||[];a.length>0&&a[0].value&&(a=a[0].value),o=a}this.defaultPeople=o}}if(r)if(o=[],this.groupId)o=(yield cl(n,r,this.groupId,this.showMax,this.type,this.transitiveSearch,this.userFilters,this.peopleFilters))||[];else{if(this.type==="person"||this.type==="any"){try{if(this.userType==="contact"||this.userType==="user")!((e=this.userIds)===null||e===void 0)&&e.length?o=yield ll(n,this.userIds,r,this.userFilters):o=yield Fs(n,r,this.showMax,this.userFilters);else if(!this.groupIds.length)!((t=this.userIds)===null||t===void 0)&&t.length?o=yield ll(n,this.userIds,r,this.userFilters):o=(yield An(n,r,this.showMax,this.userType,this.peopleFilters))||[];else try{o=yield Ig(n,r,this.groupIds,this.showMax,this.type,this.transitiveSearch,this.userFilters)}catch{}}catch{}if(o&&o.length<this.showMax&&this.userType!=="contact"&&this.type!=="person")try{let a=(yield Fs(n,r,this.showMax,this.userFilters))||[],l=new Set(o.map(c=>c.id));for(let c of a)l.has(c.id)||o.push(c)}catch{}}if((this.type==="group"||this.type==="any")&&o.length<this.showMax)if(this.groupIds.length)try{o=yield M6(n,r,this.groupIds,this.showMax,this.groupType,this.userFilters)}catch{}else{let a=[];try{a=(yield ou(n,r,this.showMax,this.groupType,this.groupFilters))||[],o=o.concat(a)}catch{}}}}this._foundPeople=this.filterPeople(o)})}getGroupsForGroupIds(e,t){return Un(this,void 0,void 0,function*(){let o=yield ru(e,this.groupIds,this.groupFilters);for(let r of o)t=t.concat(r);return t=t.filter(r=>r),t})}hideFlyout(){let e=this.flyout;e&&e.close(),this.input&&this.input.setAttribute("aria-activedescendant",""),this._arrowSelectionCount=-1}showFlyout(){let e=this.flyout;e&&e.open(),this._arrowSelectionCount=-1}removePerson(e,t){t.stopPropagation();let o=this.selectedPeople.filter(r=>!e.id&&r.displayName?r.displayName!==e.displayName:r.id!==e.id);this.selectedPeople=o,this.loadState()}handleRemovePersonKeyDown(e,t){t.key==="Enter"&&(this.removePerson(e,t),this.enableTextInput())}addPerson(e){e&&(setTimeout(()=>{this.clearInput()},50),this.selectedPeople.filter(o=>!e.id&&o.displayName?o.displayName===e.displayName:o.id===e.id).length===0&&(this.selectedPeople=[...this.selectedPeople,e],this.loadState(),this._foundPeople=[],this._arrowSelectionCount=-1),this._isFocused&&this.enableTextInput())}clearInput(){this.clearHighlighted(),this.selectionMode!=="single"&&(this.input.value=""),this.userInput=""}handleAnyEmail(){if(this._arrowSelectionCount=-1,Vh(this.userInput)){let e={mail:this.userInput,displayName:this.userInput};this.addPerson(e)}this.hideFlyout(),this.input&&(this.input.focus(),this._isFocused=!0)}handleSuggestionClick(e){this.addPerson(e),this.hasMaxSelections&&(this.disableTextInput(),this.input.value=""),this.hideFlyout()}handleUserSearch(){this._debouncedSearch||(this._debouncedSearch=Mh(()=>Un(this,void 0,void 0,function*(){yield this._task.run(),this._arrowSelectionCount=-1,this.showFlyout()}),400)),this._debouncedSearch()}writeHighlightedText(){return Un(this,void 0,void 0,function*(){let e=[];for(let o of this._highlightedUsers){let{id:r,displayName:s,mail:n,userPrincipalName:a,scoredEmailAddresses:l}=o._personDetails,c;l&&l.length>0?c=l.pop().address:c=a||n,e.push({id:r,displayName:s,email:c})}let t="";e.length>0&&(t=JSON.stringify(e)),yield navigator.clipboard.writeText(t)})}removeHighlightedOnCut(){this.selectedPeople=this.selectedPeople.splice(0,this.selectedPeople.length-this._highlightedUsers.length),this._highlightedUsers=[],this._currentHighlightedUserPos=0,this.loadState(),this.hideFlyout()}highlightSelectedPeople(e){for(let t of e)(t?.parentElement).classList.add("highlighted")}clearHighlighted(e){if(e)e.classList.remove("highlighted");else{for(let t of this._highlightedUsers){let o=t.parentElement;o&&o.classList.remove("highlighted")}this._highlightedUsers=[],this._currentHighlightedUserPos=0}}handleArrowSelection(e){var t,o;let r=this.renderRoot.querySelector(".searched-people-list");if(!((t=r?.children)===null||t===void 0)&&t.length){e&&(e.key==="ArrowUp"&&(this._arrowSelectionCount===-1?this._arrowSelectionCount=0:this._arrowSelectionCount=(this._arrowSelectionCount-1+r.children.length)%r.children.length),e.key==="ArrowDown"&&(this._arrowSelectionCount===-1?this._arrowSelectionCount=0:this._arrowSelectionCount=(this._arrowSelectionCount+1+r.children.length)%r.children.length));for(let n of(o=r?.children)!==null&&o!==void 0?o:[]){let a=n;a.setAttribute("aria-selected","false"),a.blur(),a.removeAttribute("tabindex")}let s=r.children[this._arrowSelectionCount];s&&(s.setAttribute("tabindex","0"),s.focus(),s.scrollIntoView({behavior:"smooth",block:"nearest",inline:"nearest"}),s.setAttribute("aria-selected","true"),this.input.setAttribute("aria-activedescendant",s?.id))}}filterPeople(e){let t=[];if(e&&e.length>0){e=e.filter(n=>n);let o=this.selectedPeople.map(n=>n.id?n.id:n.displayName),r=e.filter(n=>n?.id?o.indexOf(n.id)===-1:o.indexOf(n?.displayName)===-1),s=new Set;for(let n of r){let a=JSON.stringify(n);s.add(a)}s.forEach(n=>{let a=JSON.parse(n);t.push(a)})}return t}handleSectionScroll(e){let t=this.renderRoot.querySelector(".flyout-root");t&&!(e.deltaY<0&&t.scrollTop===0)&&!(e.deltaY>0&&t.clientHeight+t.scrollTop>=t.scrollHeight-1)&&e.stopPropagation()}};Te([_({attribute:"group-id",converter:i=>i.trim()}),Se("design:type",String)],ye.prototype,"groupId",void 0);Te([_({attribute:"group-ids",converter:i=>i.split(",").map(e=>e.trim())}),Se("design:type",Array)],ye.prototype,"groupIds",void 0);Te([_({attribute:"type",converter:i=>y4(i,"any")}),Se("design:type",String)],ye.prototype,"type",void 0);Te([_({attribute:"group-type",converter:i=>{let e=["any"];if(!i||i.length===0)return e;let t=i.split(","),o=[];for(let r of t)r=r.trim(),e0(r)&&o.push(O6(r));return o.length===0?e:o}}),Se("design:type",Array)],ye.prototype,"groupType",void 0);Te([_({attribute:"user-type",converter:i=>x4(i)}),Se("design:type",String)],ye.prototype,"userType",void 0);Te([_({attribute:"transitive-search",type:Boolean}),Se("design:type",Object)],ye.prototype,"transitiveSearch",void 0);Te([_({attribute:"people",type:Object}),Se("design:type",Array)],ye.prototype,"people",void 0);Te([_({attribute:"show-max",type:Number}),Se("design:type",Object)],ye.prototype,"showMax",void 0);Te([_({attribute:"disable-images",type:Boolean}),Se("design:type",Object)],ye.prototype,"disableImages",void 0);Te([_({attribute:"show-presence",type:Boolean}),Se("design:type",Boolean)],ye.prototype,"showPresence",void 0);Te([_({attribute:"person-card",converter:i=>Wh(i)}),Se("design:type",String)],ye.prototype,"personCardInteraction",void 0);Te([_({attribute:"selected-people",type:Array}),Se("design:type",Array),Se("design:paramtypes",[Array])],ye.prototype,"selectedPeople",null);Te([_({attribute:"default-selected-user-ids",converter:i=>i.split(",").map(e=>e.trim()),type:String}),Se("design:type",Array)],ye.prototype,"defaultSelectedUserIds",void 0);Te([_({attribute:"default-selected-group-ids",converter:i=>i.split(",").map(e=>e.trim()),type:String}),Se("design:type",Array)],ye.prototype,"defaultSelectedGroupIds",void 0);Te([_({attribute:"placeholder",type:String}),Se("design:type",String)],ye.prototype,"placeholder",void 0);Te([_({attribute:"disabled",type:Boolean}),Se("design:type",Object)],ye.prototype,"disabled",void 0);Te([_({attribute:"allow-any-email",type:Boolean}),Se("design:type",Object)],ye.prototype,"allowAnyEmail",void 0);Te([_({attribute:"selection-mode",type:String}),Se("design:type",String)],ye.prototype,"selectionMode",void 0);Te([_({attribute:"user-ids",converter:i=>i.split(",").map(e=>e.trim()),type:String}),Se("design:type",Array)],ye.prototype,"userIds",void 0);Te([_({attribute:"user-filters"}),Se("design:type",String)],ye.prototype,"userFilters",void 0);Te([_({attribute:"people-filters"}),Se("design:type",String)],ye.prototype,"peopleFilters",void 0);Te([_({attribute:"group-filters"}),Se("design:type",String)],ye.prototype,"groupFilters",void 0);Te([_({attribute:"aria-label",type:String}),Se("design:type",String)],ye.prototype,"ariaLabel",void 0);Te([_({attribute:"disable-suggestions",type:Boolean}),Se("design:type",Object)],ye.prototype,"disableSuggestions",void 0);Te([ce(),Se("design:type",Object)],ye.prototype,"userInput",void 0);Te([ce(),Se("design:type",Object)],ye.prototype,"_arrowSelectionCount",void 0);Te([ce(),Se("design:type",Array)],ye.prototype,"_highlightedUsers",void 0);Te([ce(),Se("design:type",Object)],ye.prototype,"_isFocused",void 0);Te([ce(),Se("design:type",Object)],ye.prototype,"_setAnyEmail",void 0);Te([ce(),Se("design:type",Array)],ye.prototype,"_foundPeople",void 0);window.mgt={CacheService:M,Providers:W,ProviderState:le,ProxyProvider:xc,registerMgtPersonComponent:Mr,registerMgtPeoplePickerComponent:B6};})();
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
@lit/task/task.js:
lit-html/directive.js:
lit-html/directives/repeat.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

tslib/tslib.es6.js:
  (*! *****************************************************************************
  Copyright (c) Microsoft Corporation.
  
  Permission to use, copy, modify, and/or distribute this software for any
  purpose with or without fee is hereby granted.
  
  THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
  REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
  AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
  INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
  LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
  OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
  PERFORMANCE OF THIS SOFTWARE.
  ***************************************************************************** *)

tabbable/dist/index.esm.js:
  (*!
  * tabbable 5.3.3
  * @license MIT, https://github.com/focus-trap/tabbable/blob/master/LICENSE
  *)

lit-html/directives/class-map.js:
lit-html/directives/if-defined.js:
  (**
   * @license
   * Copyright 2018 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/directive-helpers.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
