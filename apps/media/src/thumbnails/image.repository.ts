import { Inject, Injectable } from '@nestjs/common';
import sharp from 'sharp';
import { MediaConfig } from '../media.config.js';

export interface ImageInfo {
  format: string;
  width: number;
  height: number;
}

/**
 * sharp, behind a small interface: read an image's header, and re-encode it as a bounded JPEG. Decoding
 * runs with sharp's pixel limit at POSTER_MAX_PIXELS, so a decompression bomb fails before it is decoded.
 */
@Injectable()
export class ImageRepository {
  constructor(@Inject(MediaConfig) private readonly config: MediaConfig) {}

  /** The image's format and size from its header (nothing decoded), or undefined when sharp cannot read it as an image. */
  async inspect(data: Buffer): Promise<ImageInfo | undefined> {
    try {
      // Only the header is read here, so the size is known (and refused by the caller with the limit) without decoding.
      const meta = await sharp(data, { limitInputPixels: false }).metadata();
      return meta.width && meta.height ? { format: meta.format, width: meta.width, height: meta.height } : undefined;
    } catch (error) {
      // sharp throws on anything that is not a supported image: that is the answer, not a fault.
      if (error instanceof Error && /unsupported image format|Input buffer|corrupt|premature/i.test(error.message)) return undefined;
      throw error;
    }
  }

  /** JPEG at most `maxWidth` wide (never enlarged), orientation applied, metadata stripped. */
  toJpeg(data: Buffer, maxWidth: number): Promise<Buffer> {
    return sharp(data, { limitInputPixels: this.config.POSTER_MAX_PIXELS }).rotate().resize({ width: maxWidth, withoutEnlargement: true }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  }
}
