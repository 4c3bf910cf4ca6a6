// Passkeys ("face login"): registration on /account/passkeys and sign-in on /signin, through
// Spring Security's WebAuthn endpoints. The device checks the face or fingerprint; only a
// public key and signatures ever reach the server.
"use strict";
(() => {
  const toBase64Url = (buffer) =>
    btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const fromBase64Url = (text) =>
    Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)).buffer;

  async function post(element, url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", [element.dataset.csrfHeader]: element.dataset.csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    return { ok: response.ok, json };
  }

  function show(problem, text) {
    problem.textContent = text;
    problem.hidden = false;
  }

  async function register(form, problem) {
    const options = await post(form, "/webauthn/register/options");
    if (!options.ok) throw new Error("options");
    const publicKey = {
      ...options.json,
      challenge: fromBase64Url(options.json.challenge),
      user: { ...options.json.user, id: fromBase64Url(options.json.user.id) },
      excludeCredentials: (options.json.excludeCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) })),
    };
    const credential = await navigator.credentials.create({ publicKey });
    const result = await post(form, "/webauthn/register", {
      publicKey: {
        label: form.elements.label.value.trim(),
        credential: {
          id: credential.id,
          rawId: toBase64Url(credential.rawId),
          type: credential.type,
          response: {
            attestationObject: toBase64Url(credential.response.attestationObject),
            clientDataJSON: toBase64Url(credential.response.clientDataJSON),
            transports: credential.response.getTransports ? credential.response.getTransports() : [],
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
      },
    });
    if (!result.ok || !result.json.success) throw new Error("register");
    window.location.reload();
  }

  async function signIn(button, problem) {
    const options = await post(button, "/webauthn/authenticate/options");
    if (!options.ok) throw new Error("options");
    const publicKey = {
      ...options.json,
      challenge: fromBase64Url(options.json.challenge),
      allowCredentials: (options.json.allowCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) })),
    };
    const credential = await navigator.credentials.get({ publicKey });
    const result = await post(button, "/login/webauthn", {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      credType: credential.type,
      response: {
        authenticatorData: toBase64Url(credential.response.authenticatorData),
        clientDataJSON: toBase64Url(credential.response.clientDataJSON),
        signature: toBase64Url(credential.response.signature),
        userHandle: credential.response.userHandle ? toBase64Url(credential.response.userHandle) : undefined,
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    if (result.ok && result.json.redirectUrl) {
      window.location.assign(result.json.redirectUrl);
      return;
    }
    const refusals = { "signin.accountLocked": "locked", "passkeys.pendingDeletion": "cancelled" };
    show(problem, button.dataset[refusals[result.json.reason] || "failed"]);
  }

  const form = document.getElementById("add-passkey");
  if (form) {
    const problem = document.getElementById("passkeys-problem");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!window.PublicKeyCredential) return show(problem, form.dataset.unsupported);
      register(form, problem).catch(() => show(problem, form.dataset.failed));
    });
  }
  const button = document.getElementById("passkey-sign-in");
  if (button) {
    const problem = document.getElementById("passkey-problem");
    button.addEventListener("click", () => {
      if (!window.PublicKeyCredential) return show(problem, button.dataset.unsupported);
      signIn(button, problem).catch(() => show(problem, button.dataset.failed));
    });
  }
})();
