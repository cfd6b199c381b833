// A request made before the app's script ran (src/app/boot.ts), kept for the app to take over.

const earlyRequests = new Map<string, Promise<Response>>();

/**
 * Fetches `url` for the first screen's check and keeps the response for the app, so the app's
 * own first request for it is not a second trip to the server.
 */
export function startEarlyRequest(url: string): Promise<Response> {
  const request = fetch(url);
  earlyRequests.set(url, request);
  return request;
}

/** The response of an early request for `url`, handed out once; later requests fetch anew. */
export function takeEarlyRequest(url: string): Promise<Response> | undefined {
  const request = earlyRequests.get(url);
  earlyRequests.delete(url);
  return request;
}
