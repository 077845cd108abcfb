/** Content types of course media by extension (the preview serves media itself; static hosts do this too). */
const MEDIA_TYPES: Record<string, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  opus: "audio/ogg",
  wav: "audio/wav",
  mp4: "video/mp4",
  webm: "video/webm",
  vtt: "text/vtt",
  pdf: "application/pdf",
};

export function mediaType(path: string): string {
  return MEDIA_TYPES[path.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}
