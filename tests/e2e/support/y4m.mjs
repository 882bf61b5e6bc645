// A Y4M video (for Chromium's fake camera, `--use-file-for-fake-video-capture`) of QR symbols
// shown one after another, each held for some frames with blank frames between, as a phone is
// held up to the camera and taken away. Symbols come as module matrices (see the core example
// `workshop_qr`), so no image library is needed.
import { openSync, writeSync, closeSync } from 'node:fs';

/**
 * Writes `path`. `symbols`: [{ size, bits }] with `bits` the modules row by row as '0'/'1'.
 * Returns the video's length in seconds.
 */
export function writeQrVideo(path, symbols, { width = 320, height = 240, fps = 10, hold = 5, gap = 2, lead = 5 } = {}) {
  const fd = openSync(path, 'w');
  writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = (luma) => {
    writeSync(fd, 'FRAME\n');
    writeSync(fd, luma);
    writeSync(fd, chroma);
  };
  // A grey room, a little noise so the frames are not flat.
  const blank = () => {
    const luma = Buffer.alloc(width * height);
    for (let i = 0; i < luma.length; i += 1) luma[i] = 150 + ((i * 7919) % 13);
    return luma;
  };
  let frames = 0;
  for (let i = 0; i < lead; i += 1, frames += 1) frame(blank());
  for (const { size, bits } of symbols) {
    const luma = blank();
    const quiet = 4;
    const scale = Math.floor(Math.min(width, height) / (size + 2 * quiet));
    const side = scale * (size + 2 * quiet);
    const left = Math.floor((width - side) / 2);
    const top = Math.floor((height - side) / 2);
    for (let y = 0; y < side; y += 1) {
      for (let x = 0; x < side; x += 1) {
        const mx = Math.floor(x / scale) - quiet;
        const my = Math.floor(y / scale) - quiet;
        const dark = mx >= 0 && my >= 0 && mx < size && my < size && bits[my * size + mx] === '1';
        luma[(top + y) * width + left + x] = dark ? 25 : 230;
      }
    }
    for (let i = 0; i < hold; i += 1, frames += 1) frame(luma);
    const empty = blank();
    for (let i = 0; i < gap; i += 1, frames += 1) frame(empty);
  }
  closeSync(fd);
  return frames / fps;
}
