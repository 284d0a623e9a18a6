using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Bench.Api;
using KubeSharp.Machinery.Apply;
using KubeSharp.Machinery.Patch.Merge;
using KubeSharp.Machinery.Patch.Strategic;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Bench.Machinery;

/// <summary>
/// Patch and apply throughput, bytes in and bytes out as the API server uses them, single-threaded:
/// a strategic merge patch changing one container's image in a 10-container Pod, against the plain RFC 7386
/// merge patch that makes the same change (it has to carry the whole containers list); and a server-side
/// apply of a 100-object manifest (Pods, Services, ConfigMaps) onto live objects, against merging each
/// manifest object into its live object with RFC 7386 (what apply costs beyond a merge: field sets, managed
/// fields, conflict detection).
/// </summary>
internal sealed class MachineryBenchmark : IBenchmark
{
    private static readonly TimeSpan Round = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);
    private const int Rounds = 5;

    public string Name => "machinery";

    public string Description => "strategic merge patch and server-side apply vs RFC 7386 merge patch";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var pod = Encoding.UTF8.GetBytes(PodJson(10, "nginx:1.27"));
        var strategic = """{"spec":{"containers":[{"name":"c5","image":"nginx:1.28"}]}}"""u8.ToArray();
        var merge = Encoding.UTF8.GetBytes("{\"spec\":{\"containers\":" + JsonNode.Parse(PodJson(10, "nginx:1.27", changed: 5))!["spec"]!["containers"]!.ToJsonString() + "}}");
        var podSchema = TypeSchema.For<Pod>();
        var manifest = Manifest.Create();

        // Each kubesharp row names the reference rows it is compared with. Rounds interleave all cases so a
        // burst of load on the shared machine hits them alike, and each case keeps its best round.
        var cases = new (string Name, Func<int> Operation, int[] References)[]
        {
            ("SMP one image, 10-container Pod (ops)", () => StrategicMergePatch.Apply(pod, strategic, podSchema).Length, [1, 2]),
            ("reference: RFC 7386 merge patch of the same change (ops)", () => MergePatchBytes(pod, merge).Length, []),
            ("reference: JsonDocument parse of the Pod alone (ops)", () => ParseOnly(pod), []),
            ("SSA of a 100-object manifest (manifests)", manifest.ApplyAll, [4]),
            ("reference: RFC 7386 merge of the same 100 objects (manifests)", manifest.MergeAll, []),
        };

        foreach (var (_, operation, _) in cases)
        {
            Run(operation, Warmup);
        }

        var best = new (double CpuOpsPerSecond, double WallOpsPerSecond, double BytesPerOp)[cases.Length];
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var measured = Run(cases[i].Operation, Round);
                if (measured.CpuOpsPerSecond > best[i].CpuOpsPerSecond)
                {
                    best[i] = measured;
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pod: {pod.Length} bytes; SMP patch: {strategic.Length} bytes; merge patch: {merge.Length} bytes. One thread; best of {Rounds} interleaved rounds of {Round.TotalSeconds:0.0} s; per CPU-second of the measuring thread. Ratio = kubesharp ÷ each reference row below it, per CPU-second."));
        output.WriteLine();
        output.WriteLine("| measure | per CPU-second | µs CPU/op | per second wall | bytes allocated/op | ratio |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < cases.Length; i++)
        {
            var (cpu, wall, bytes) = best[i];
            var ratio = string.Join(" / ", cases[i].References.Select(r => (cpu / best[r].CpuOpsPerSecond).ToString("0.00", CultureInfo.InvariantCulture)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {cases[i].Name} | {cpu:N0} | {1e6 / cpu:0.00} | {wall:N0} | {bytes:N0} | {ratio} |"));
        }

        return Task.CompletedTask;
    }

    private static int ParseOnly(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return (int)document.RootElement.ValueKind;
    }

    private static byte[] MergePatchBytes(byte[] document, byte[] patch) =>
        Encoding.UTF8.GetBytes(JsonMergePatch.Apply(JsonMergePatch.Decode(document), patch).ToJsonString());

    private static (double CpuOpsPerSecond, double WallOpsPerSecond, double BytesPerOp) Run(Func<int> operation, TimeSpan duration)
    {
        var sink = 0L;
        var operations = 0L;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.Now();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            sink += operation();
            operations++;
        }

        watch.Stop();
        var cpu = ThreadCpuClock.Now() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        return (operations / cpu.TotalSeconds, operations / watch.Elapsed.TotalSeconds, (double)allocated / operations);
    }

    /// <summary>A Pod as a client would send it: containers with ports, env, resources and probes.</summary>
    internal static string PodJson(int containers, string image, int changed = -1, string name = "web", string revision = "1")
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}","namespace":"default","labels":{"app":"{{{name}}}","rev":"{{{revision}}}"}},"spec":{"containers":[""");
        for (var i = 0; i < containers; i++)
        {
            var containerImage = i == changed ? "nginx:1.28" : image;
            builder.Append(CultureInfo.InvariantCulture, $$$"""{"name":"c{{{i}}}","image":"{{{containerImage}}}","ports":[{"name":"http","containerPort":{{{8080 + i}}},"protocol":"TCP"}],"env":[{"name":"MODE","value":"prod"},{"name":"INDEX","value":"{{{i}}}"}],"resources":{"requests":{"cpu":"100m","memory":"128Mi"},"limits":{"cpu":"500m","memory":"256Mi"}},"readinessProbe":{"httpGet":{"path":"/healthz","port":{{{8080 + i}}}},"periodSeconds":10},"volumeMounts":[{"name":"data","mountPath":"/data"}]}""");
            builder.Append(i + 1 < containers ? "," : "");
        }

        builder.Append("""],"volumes":[{"name":"data","emptyDir":{}}],"restartPolicy":"Always"}}""");
        return builder.ToString();
    }

    /// <summary>
    /// 100 objects (34 Pods, 33 Services, 33 ConfigMaps) applied once to create them, then re-applied with a
    /// label changed on every object, alternating between two revisions so every apply changes something.
    /// </summary>
    private sealed class Manifest
    {
        private readonly (FieldManager Manager, byte[][] Revisions, byte[] Live)[] _objects;
        private int _revision;

        private Manifest((FieldManager, byte[][], byte[])[] objects) => _objects = objects;

        public static Manifest Create()
        {
            var time = TimeProvider.System;
            var pods = new FieldManager(typeof(Pod), "v1", "Pod", time);
            var services = new FieldManager(typeof(Service), "v1", "Service", time);
            var configMaps = new FieldManager(typeof(ConfigMap), "v1", "ConfigMap", time);
            var objects = new (FieldManager, byte[][], byte[])[100];
            for (var i = 0; i < objects.Length; i++)
            {
                var (manager, revisions) = (i % 3) switch
                {
                    0 => (pods, Revisions(r => PodJson(2, "nginx:1.27", name: $"web-{i}", revision: r))),
                    1 => (services, Revisions(r => ServiceJson($"svc-{i}", r))),
                    _ => (configMaps, Revisions(r => ConfigMapJson($"cfg-{i}", r))),
                };
                objects[i] = (manager, revisions, manager.Apply([], revisions[0], "kubectl", force: false));
            }

            return new Manifest(objects);
        }

        public int ApplyAll()
        {
            _revision ^= 1;
            for (var i = 0; i < _objects.Length; i++)
            {
                ref var entry = ref _objects[i];
                entry.Live = entry.Manager.Apply(entry.Live, entry.Revisions[_revision], "kubectl", force: false);
            }

            return _objects.Length;
        }

        public int MergeAll()
        {
            _revision ^= 1;
            for (var i = 0; i < _objects.Length; i++)
            {
                GC.KeepAlive(MergePatchBytes(_objects[i].Live, _objects[i].Revisions[_revision]));
            }

            return _objects.Length;
        }

        private static byte[][] Revisions(Func<string, string> json) => [Encoding.UTF8.GetBytes(json("1")), Encoding.UTF8.GetBytes(json("2"))];

        private static string ServiceJson(string name, string revision) =>
            $$$"""{"apiVersion":"v1","kind":"Service","metadata":{"name":"{{{name}}}","namespace":"default","labels":{"app":"{{{name}}}","rev":"{{{revision}}}"}},"spec":{"selector":{"app":"{{{name}}}"},"ports":[{"name":"http","port":80,"targetPort":8080,"protocol":"TCP"},{"name":"https","port":443,"targetPort":8443,"protocol":"TCP"}],"type":"ClusterIP"}}""";

        private static string ConfigMapJson(string name, string revision) =>
            $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}","namespace":"default","labels":{"app":"{{{name}}}","rev":"{{{revision}}}"}},"data":{"config.yaml":"log-level: info\nreplicas: 3\n","feature-flags":"a=true,b=false","owner":"team-{{{revision}}}"}}""";
    }
}
