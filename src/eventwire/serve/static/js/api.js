// Calls to the eventwire JSON API on the same origin.

/** Query string of the non-empty entries of `params`. */
export function queryString(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** GET `path` with `params`; throws an Error carrying the API's error message. */
export async function getJSON(path, params = {}) {
  const response = await fetch(path + queryString(params), {
    headers: { Accept: "application/json" },
    cache: "no-store",
  });
  const body = await response.json();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(`${path}: ${message}`);
  }
  return body;
}
