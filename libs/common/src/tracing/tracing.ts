import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span, type TextMapGetter, type TextMapSetter, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';

export { SpanKind, SpanStatusCode, type Context, type Span };

export interface TracingSettings {
  /** OTLP/HTTP base URL (the exporter posts JSON to `<endpoint>/v1/traces`); unset: tracing off. */
  endpoint?: string;
  /** Share of new traces recorded (a caller's sampled flag is always followed). */
  sampleRatio: number;
}

const propagator = new W3CTraceContextPropagator();
let provider: BasicTracerProvider | undefined;
let tracer: Tracer | undefined;

/**
 * OpenTelemetry traces of this process, exported by OTLP/HTTP. Spans are made by hand at the
 * three places a request crosses a boundary (HTTP in, NATS out, NATS in) instead of by
 * monkey-patching instrumentations, which need a loader hook in ESM. Without an endpoint
 * nothing is set up and every tracing call below is a single `undefined` check.
 */
export function startTracing(service: string, settings: TracingSettings): void {
  if (!settings.endpoint || provider) return;
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'service.instance.id': `${process.pid}` }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${settings.endpoint.replace(/\/$/, '')}/v1/traces` }), {
        scheduledDelayMillis: 1000,
        // Room for a few seconds of a busy gateway (2 spans per request) without dropping spans.
        maxQueueSize: 16_384,
        maxExportBatchSize: 1024,
      })],
  });
  tracer = provider.getTracer('onstream');
  // Best effort: send what is buffered when the process is asked to stop (Nest closes the app meanwhile).
  process.once('SIGTERM', () => void provider?.shutdown().catch(() => undefined));
}

export function tracingEnabled(): boolean {
  return tracer !== undefined;
}

/** Flushes and stops the exporter (tests, orderly shutdown). */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
  tracer = undefined;
}

/** Starts a span under `parent` (a context from a caller or the current request); undefined when tracing is off. */
export function startSpan(name: string, kind: SpanKind, parent: Context | undefined, attributes: Attributes): Span | undefined {
  return tracer?.startSpan(name, { kind, attributes }, parent ?? ROOT_CONTEXT);
}

/** The context in which work under `span` runs (what child spans and outgoing calls use). */
export function contextWithSpan(parent: Context | undefined, span: Span): Context {
  return trace.setSpan(parent ?? ROOT_CONTEXT, span);
}

/** Ends a span, marking it failed when the work failed. */
export function endSpan(span: Span | undefined, error?: unknown): void {
  if (!span) return;
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.end();
}

/** Writes `traceparent` (and `tracestate`) of `context` into outgoing headers. */
export function injectTraceContext<Carrier>(context: Context, carrier: Carrier, setter: TextMapSetter<Carrier>): void {
  propagator.inject(context, carrier, setter);
}

/** Reads a caller's `traceparent` from incoming headers; a missing or malformed one gives the root context. */
export function extractTraceContext<Carrier>(carrier: Carrier, getter: TextMapGetter<Carrier>): Context {
  return propagator.extract(ROOT_CONTEXT, carrier, getter);
}
