// Draws the Clausebook icon, a page of clauses with a green check, and writes it as
// build/icon.svg and build/icon.png (1024×1024, from which electron-builder derives the .ico,
// .icns and Linux sizes). The geometry lives here once and both files are rendered from it, with
// no image tool needed: the PNG is rasterised with 4×4 supersampling and encoded with zlib.
// Run: node build/generate-icons.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const colours = { ink: '#1d4e6b', paper: '#ffffff', check: '#2f9e6e' };

/** Drawn in order, each over the previous. */
const shapes = [
  { kind: 'rect', x: 64, y: 64, width: 896, height: 896, radius: 200, fill: colours.ink },
  { kind: 'rect', x: 272, y: 176, width: 480, height: 672, radius: 48, fill: colours.paper },
  {
    kind: 'line',
    points: [
      [352, 320],
      [672, 320],
    ],
    width: 40,
    fill: colours.ink,
  },
  {
    kind: 'line',
    points: [
      [352, 416],
      [672, 416],
    ],
    width: 40,
    fill: colours.ink,
  },
  {
    kind: 'line',
    points: [
      [352, 512],
      [592, 512],
    ],
    width: 40,
    fill: colours.ink,
  },
  { kind: 'circle', cx: 736, cy: 736, r: 168, fill: colours.check },
  {
    kind: 'line',
    points: [
      [656, 740],
      [712, 796],
      [816, 680],
    ],
    width: 48,
    fill: colours.paper,
  },
];

function svg() {
  const body = shapes.map((shape) => {
    switch (shape.kind) {
      case 'rect':
        return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" rx="${shape.radius}" fill="${shape.fill}"/>`;
      case 'circle':
        return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${shape.fill}"/>`;
      case 'line':
        return `<polyline points="${shape.points.map((point) => point.join(',')).join(' ')}" fill="none" stroke="${shape.fill}" stroke-width="${shape.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
    }
    throw new Error(`unknown shape ${shape.kind}`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">\n  ${body.join('\n  ')}\n</svg>\n`;
}

function inside(shape, x, y) {
  switch (shape.kind) {
    case 'rect': {
      // Signed distance to a rounded rectangle.
      const qx = Math.abs(x - (shape.x + shape.width / 2)) - shape.width / 2 + shape.radius;
      const qy = Math.abs(y - (shape.y + shape.height / 2)) - shape.height / 2 + shape.radius;
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - shape.radius <= 0;
    }
    case 'circle':
      return Math.hypot(x - shape.cx, y - shape.cy) <= shape.r;
    case 'line':
      // Round caps and joins: within half the stroke width of any segment.
      return shape.points
        .slice(1)
        .some((end, i) => segmentDistance(x, y, shape.points[i], end) <= shape.width / 2);
  }
  throw new Error(`unknown shape ${shape.kind}`);
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

const rgb = (hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

function rasterise() {
  const samples = 4;
  const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y += 1) {
    const row = y * (SIZE * 4 + 1);
    pixels[row] = 0; // PNG filter type "none"
    for (let x = 0; x < SIZE; x += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          let colour = null;
          for (const shape of shapes) if (inside(shape, px, py)) colour = shape.fill;
          if (colour === null) continue;
          const [cr, cg, cb] = rgb(colour);
          r += cr;
          g += cg;
          b += cb;
          a += 1;
        }
      }
      const offset = row + 1 + x * 4;
      // Straight (not premultiplied) alpha, as PNG expects.
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((a / samples ** 2) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rasterise(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = path.dirname(fileURLToPath(import.meta.url));
writeFileSync(path.join(here, 'icon.svg'), svg());
writeFileSync(path.join(here, 'icon.png'), png());
console.log('wrote build/icon.svg and build/icon.png');
