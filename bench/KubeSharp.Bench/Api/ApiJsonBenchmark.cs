using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Bench.Api;

/// <summary>
/// api-json: a realistic pod with full status decoded to its typed model and encoded again, single-threaded,
/// against the same round trip through the untyped DOMs (JsonNode, JsonDocument) measured in the same run.
/// Target: at least 100,000 typed round trips per second per core.
/// </summary>
internal sealed class ApiJsonBenchmark : IBenchmark
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Measure = TimeSpan.FromMilliseconds(500);
    private const int Rounds = 10;

    public string Name => "api-json";

    public string Description => "typed JSON round trip of a ~3 KB pod with full status vs JsonNode/JsonDocument";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var input = Encoding.UTF8.GetBytes(JsonNode.Parse(PodFixture.Json)!.ToJsonString());
        CheckFidelity(input);

        var buffer = new ArrayBufferWriter<byte>(8192);
        using var writer = new Utf8JsonWriter(buffer);
        var cases = new (string Name, Func<int> RoundTrip)[]
        {
            ("typed Pod (KubeJson)", () =>
            {
                var pod = KubeJson.Deserialize<Pod>(input)!;
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                JsonSerializer.Serialize(writer, pod, KubeJson.TypeInfo<Pod>());
                return buffer.WrittenCount;
            }),
            ("reference: JsonNode", () =>
            {
                var node = JsonNode.Parse(input)!;
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                node.WriteTo(writer);
                writer.Flush();
                return buffer.WrittenCount;
            }),
            ("reference: JsonDocument", () =>
            {
                using var document = JsonDocument.Parse(input);
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                document.WriteTo(writer);
                writer.Flush();
                return buffer.WrittenCount;
            }),
        };

        foreach (var (_, roundTrip) in cases)
        {
            Run(roundTrip, Warmup);
        }

        // Rounds interleave the cases so a burst of load on the shared machine hits them alike; each case
        // keeps its best round. Per-core throughput is operations per CPU-second of the measuring thread.
        var best = new (double CpuOpsPerSecond, double WallOpsPerSecond, double BytesPerOp)[cases.Length];
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var measured = Run(cases[i].RoundTrip, Measure);
                if (measured.CpuOpsPerSecond > best[i].CpuOpsPerSecond)
                {
                    best[i] = measured;
                }
            }
        }

        var typed = best[0].CpuOpsPerSecond;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Input: {input.Length} bytes of compact JSON; one thread; best of {Rounds} interleaved rounds of {Measure.TotalSeconds:0.0} s; target ≥ 100,000 typed round trips per CPU-second."));
        output.WriteLine();
        output.WriteLine("| round trip (decode + encode) | ops per CPU-second | µs CPU/op | ops/s wall | bytes allocated/op | typed ÷ this |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < cases.Length; i++)
        {
            var (cpu, wall, bytes) = best[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {cases[i].Name} | {cpu:N0} | {1e6 / cpu:0.00} | {wall:N0} | {bytes:N0} | {typed / cpu:0.00} |"));
        }

        return Task.CompletedTask;
    }

    internal static (double CpuOpsPerSecond, double WallOpsPerSecond, double BytesPerOp) Run(Func<int> roundTrip, TimeSpan duration)
    {
        var sink = 0L;
        var operations = 0L;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.Now();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            for (var i = 0; i < 64; i++)
            {
                sink += roundTrip();
            }

            operations += 64;
        }

        watch.Stop();
        var cpu = ThreadCpuClock.Now() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        return (operations / cpu.TotalSeconds, operations / watch.Elapsed.TotalSeconds, (double)allocated / operations);
    }

    /// <summary>The measured round trip must be lossless, or the figure would be meaningless.</summary>
    private static void CheckFidelity(byte[] input)
    {
        var pod = KubeJson.Deserialize<Pod>(input)!;
        var unknown = UnknownFields.Find(pod);
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("the pod fixture has fields the Pod type lacks: " + string.Join(", ", unknown));
        }

        var output = JsonNode.Parse(KubeJson.SerializeToUtf8Bytes(pod));
        if (!JsonNode.DeepEquals(JsonNode.Parse(input), output))
        {
            throw new InvalidOperationException("the typed round trip changed the pod:\n" + output!.ToJsonString());
        }
    }
}
