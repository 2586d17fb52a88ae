/** The parts of @dailymotion/vmap (no types shipped) the ad e2e reads. */
declare module '@dailymotion/vmap' {
  interface VmapAdBreak {
    timeOffset: string;
    breakType: string;
    breakId: string;
    adSource?: { id?: string; allowMultipleAds?: boolean; followRedirects?: boolean; adTagURI?: { templateType?: string; uri: string } };
  }
  export default class VMAP {
    constructor(xml: Document);
    version: string;
    adBreaks: VmapAdBreak[];
  }
}
