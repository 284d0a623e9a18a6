using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Protobuf;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Bench.Api;

/// <summary>
/// api-protobuf: decoding the api-json pod from a Kubernetes protobuf body (k8s\0 envelope) against decoding the
/// same pod from JSON, single-threaded, in the same run. Issue 12 asks that protobuf decoding not be slower.
/// </summary>
internal sealed class ApiProtobufBenchmark : IBenchmark
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Measure = TimeSpan.FromMilliseconds(500);
    private const int Rounds = 10;

    public string Name => "api-protobuf";

    public string Description => "decode a ~3 KB pod with full status from protobuf vs from JSON";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var json = Encoding.UTF8.GetBytes(JsonNode.Parse(PodFixture.Json)!.ToJsonString());
        var pod = KubeJson.Deserialize<Pod>(json)!;
        var protobuf = KubeProtobuf.Encode(pod, "v1", "Pod");
        CheckFidelity(json, protobuf);

        var scheme = KubeScheme.Default;
        var cases = new (string Name, Func<int> Decode)[]
        {
            ("protobuf → Pod (KubeProtobuf)", () => KubeProtobuf.Decode(protobuf, scheme).Object is Pod decoded ? decoded.Spec!.Containers.Count : 0),
            ("reference: JSON → Pod (KubeJson)", () => KubeJson.Deserialize<Pod>(json)!.Spec!.Containers.Count),
        };

        foreach (var (_, decode) in cases)
        {
            ApiJsonBenchmark.Run(decode, Warmup);
        }

        var best = new (double CpuOpsPerSecond, double WallOpsPerSecond, double BytesPerOp)[cases.Length];
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var measured = ApiJsonBenchmark.Run(cases[i].Decode, Measure);
                if (measured.CpuOpsPerSecond > best[i].CpuOpsPerSecond)
                {
                    best[i] = measured;
                }
            }
        }

        var protobufRate = best[0].CpuOpsPerSecond;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Input: the api-json pod, {protobuf.Length} bytes as protobuf, {json.Length} bytes as JSON; one thread; best of {Rounds} interleaved rounds of {Measure.TotalSeconds:0.0} s."));
        output.WriteLine();
        output.WriteLine("| decode | ops per CPU-second | µs CPU/op | ops/s wall | bytes allocated/op | protobuf ÷ this |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < cases.Length; i++)
        {
            var (cpu, wall, bytes) = best[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {cases[i].Name} | {cpu:N0} | {1e6 / cpu:0.00} | {wall:N0} | {bytes:N0} | {protobufRate / cpu:0.00} |"));
        }

        return Task.CompletedTask;
    }

    /// <summary>Both decodings must give the same pod, or the comparison would be meaningless.</summary>
    private static void CheckFidelity(byte[] json, byte[] protobuf)
    {
        var fromJson = JsonSerializer.Serialize(KubeJson.Deserialize<Pod>(json) ?? throw new InvalidOperationException("the JSON pod decoded to null"), KubeJson.TypeInfo<Pod>());
        var fromProtobuf = JsonSerializer.Serialize((Pod)KubeProtobuf.Decode(protobuf, KubeScheme.Default).Object, KubeJson.TypeInfo<Pod>());
        if (fromJson != fromProtobuf)
        {
            throw new InvalidOperationException($"the protobuf pod differs from the JSON pod:\n{fromJson}\n{fromProtobuf}");
        }
    }
}
