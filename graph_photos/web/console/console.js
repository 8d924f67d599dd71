// The people-and-photos console: the Graph Toolkit's own components (mgt.js) and a few calls
// of this service's Graph API, with a token pasted from `graph-photos token` or got by signing
// in through the local identity platform (authorization code + PKCE). Plain script, no build.
"use strict";

const config = JSON.parse(document.getElementById("config").textContent);
const api = `${config.base}/v1.0`;
const SIZES = [48, 96, 240, 648];
const TOKEN_KEY = "graph-photos-console-token";
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem(TOKEN_KEY);
let selected = null; // {kind: "users" | "groups", id, name}

function status(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function graph(method, path, body, contentType) {
  const headers = { Authorization: `Bearer ${token}` };
  if (contentType) headers["Content-Type"] = contentType;
  const response = await fetch(`${api}${path}`, { method, headers, body });
  if (!response.ok) {
    let text = `${response.status}`;
    try {
      const { error } = await response.json();
      text = `${error.code}: ${error.message}`; // in Graph's words
    } catch (_) { /* no Graph body */ }
    const failure = new Error(text);
    failure.status = response.status;
    throw failure;
  }
  return response;
}

// --- signing in ---------------------------------------------------------------------------

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function signIn() {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem("graph-photos-console-pkce", JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    client_id: config.clientId, response_type: "code", redirect_uri: config.redirectUri,
    scope: config.scopes, response_mode: "fragment", code_challenge: challenge,
    code_challenge_method: "S256", state, prompt: "select_account",
  });
  location.assign(`${config.base}/${config.tenant}/oauth2/v2.0/authorize?${query}`);
}

async function finishSignIn() {
  const answer = new URLSearchParams(location.hash.slice(1));
  if (!answer.has("code") && !answer.has("error")) return;
  history.replaceState(null, "", location.pathname);
  const pending = JSON.parse(sessionStorage.getItem("graph-photos-console-pkce") || "{}");
  sessionStorage.removeItem("graph-photos-console-pkce");
  if (answer.get("error")) throw new Error(answer.get("error_description"));
  if (answer.get("state") !== pending.state) throw new Error("The sign-in answer is not this page's (state).");
  const response = await fetch(`${config.base}/${config.tenant}/oauth2/v2.0/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code", client_id: config.clientId, code: answer.get("code"),
      redirect_uri: config.redirectUri, code_verifier: pending.verifier, scope: config.scopes,
    }),
  });
  const tokens = await response.json();
  if (!response.ok) throw new Error(tokens.error_description);
  useToken(tokens.access_token);
}

function useToken(value) {
  token = value.trim().replace(/^Bearer\s+/i, "");
  sessionStorage.setItem(TOKEN_KEY, token);
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  location.reload();
}

// --- people, groups and photos -----------------------------------------------------------

async function showPhotos() {
  const { kind, id } = selected;
  $("selected-name").textContent = selected.name;
  const person = $("person");
  person.hidden = kind !== "users";
  if (kind === "users") {
    // A new element: the Toolkit asks again, so the avatar is the photo as it is now.
    const fresh = document.createElement("mgt-person");
    fresh.id = "person";
    fresh.setAttribute("user-id", id);
    fresh.setAttribute("view", "twolines");
    fresh.setAttribute("avatar-size", "large");
    person.replaceWith(fresh);
  }
  const previews = $("sizes");
  previews.replaceChildren();
  let found = 0;
  for (const side of SIZES) {
    const figure = document.createElement("figure");
    const caption = document.createElement("figcaption");
    caption.textContent = `${side}x${side}`;
    try {
      const response = await graph("GET", `/${kind}/${encodeURIComponent(id)}/photos/${side}x${side}/$value`);
      const image = document.createElement("img");
      image.src = URL.createObjectURL(await response.blob());
      image.dataset.size = side;
      figure.append(image);
      found += 1;
    } catch (failure) {
      if (failure.status !== 404) throw failure;
      figure.classList.add("missing");
    }
    figure.append(caption);
    previews.append(figure);
  }
  $("photo-state").textContent = found ? `${found} of ${SIZES.length} sizes` : "no photo";
  $("delete").disabled = !found;
}

async function upload(file) {
  if (!selected || !file) return;
  const { kind, id } = selected;
  status(`Uploading ${file.name}…`);
  await graph("PUT", `/${kind}/${encodeURIComponent(id)}/photo/$value`, file, file.type || "image/jpeg");
  status(`${selected.name}'s photo is ${file.name}.`);
  await showPhotos();
}

async function remove() {
  const { kind, id } = selected;
  await graph("DELETE", `/${kind}/${encodeURIComponent(id)}/photo`);
  status(`${selected.name}'s photo is deleted.`);
  await showPhotos();
}

function guarded(work) {
  return (...args) => work(...args).catch((failure) => status(failure.message, true));
}

async function start() {
  await finishSignIn();
  $("sign-in-with-platform").hidden = !config.clientId;
  if (!token) {
    $("signed-out").hidden = false;
    return;
  }
  const me = await (await graph("GET", "/me?$select=displayName,userPrincipalName")).json();
  $("signed-in-as").textContent = `${me.displayName} (${me.userPrincipalName})`;
  $("signed-in").hidden = false;
  mgt.CacheService.config.isEnabled = false; // a changed photo shows at once
  // The proxy provider appends the API version (v1.0) to the base itself.
  mgt.Providers.globalProvider = new mgt.ProxyProvider(config.base, async () => ({ Authorization: `Bearer ${token}` }));
  mgt.registerMgtPersonComponent();
  mgt.registerMgtPeoplePickerComponent();
  $("picker").addEventListener("selectionChanged", guarded(async (event) => {
    const [choice] = event.detail;
    if (!choice) return;
    const kind = $("kind").value;
    selected = { kind, id: choice.id, name: choice.displayName };
    $("photo").hidden = false;
    await showPhotos();
  }));
}

$("kind").addEventListener("change", () => {
  $("picker").setAttribute("type", $("kind").value === "groups" ? "group" : "person");
  $("picker").selectedPeople = [];
});
$("use-token").addEventListener("click", guarded(async () => {
  useToken($("token").value);
  location.reload();
}));
$("sign-in-with-platform").addEventListener("click", guarded(signIn));
$("sign-out").addEventListener("click", signOut);
$("delete").addEventListener("click", guarded(remove));
$("file").addEventListener("change", guarded(async () => upload($("file").files[0])));
const drop = $("drop");
drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", guarded(async (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  await upload(event.dataTransfer.files[0]);
}));
guarded(start)();
