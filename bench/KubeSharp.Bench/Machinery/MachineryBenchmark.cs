using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
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
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);

    public string Name => "machinery";

    public string Description => "strategic merge patch and server-side apply vs RFC 7386 merge patch";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"Single thread; {Duration.TotalSeconds:0} s per measure after {Warmup.TotalSeconds:0} s warm-up; {Environment.ProcessorCount} cores. " +
            "ops/CPU-s counts operations per second of this process's CPU time (per core, insensitive to other load). Ratio = kubesharp / reference.");
        output.WriteLine();
        output.WriteLine("| measure | kubesharp | reference | ratio |");
        output.WriteLine("| --- | ---: | ---: | ---: |");

        var pod = Encoding.UTF8.GetBytes(PodJson(10, "nginx:1.27"));
        var strategic = """{"spec":{"containers":[{"name":"c5","image":"nginx:1.28"}]}}"""u8.ToArray();
        var merge = Encoding.UTF8.GetBytes("{\"spec\":{\"containers\":" + JsonNode.Parse(PodJson(10, "nginx:1.27", changed: 5))!["spec"]!["containers"]!.ToJsonString() + "}}");
        var podSchema = TypeSchema.For<Pod>();
        var smp = Measure(() => StrategicMergePatch.Apply(pod, strategic, podSchema), cancellationToken);
        var rfc = Measure(() => MergePatchBytes(pod, merge), cancellationToken);
        Row(output, "SMP one image, 10-container Pod: ops/s", smp.PerSecond, rfc.PerSecond);
        Row(output, "SMP one image, 10-container Pod: ops/CPU-s", smp.PerCpuSecond, rfc.PerCpuSecond);

        var manifest = Manifest.Create();
        var apply = Measure(manifest.ApplyAll, cancellationToken);
        var reference = Measure(manifest.MergeAll, cancellationToken);
        Row(output, "SSA of a 100-object manifest: manifests/s", apply.PerSecond, reference.PerSecond);
        Row(output, "SSA of a 100-object manifest: manifests/CPU-s", apply.PerCpuSecond, reference.PerCpuSecond);
        return Task.CompletedTask;
    }

    private static void Row(TextWriter output, string measure, double ours, double reference) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {measure} | {ours:#,0} | {reference:#,0} | {ours / reference:0.00} |"));

    private static byte[] MergePatchBytes(byte[] document, byte[] patch) =>
        Encoding.UTF8.GetBytes(JsonMergePatch.Apply(JsonMergePatch.Decode(document), patch).ToJsonString());

    private static (double PerSecond, double PerCpuSecond) Measure(Func<object> operation, CancellationToken cancellationToken)
    {
        var process = Process.GetCurrentProcess();
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < Warmup)
        {
            GC.KeepAlive(operation());
        }

        GC.Collect();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var count = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Duration && !cancellationToken.IsCancellationRequested)
        {
            for (var i = 0; i < 16; i++)
            {
                GC.KeepAlive(operation());
            }

            count += 16;
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        return (count / wall, count / Math.Max(cpu, 1e-9));
    }

    /// <summary>A Pod as a client would send it: containers with ports, env, resources and probes.</summary>
    internal static string PodJson(int containers, string image, int changed = -1, string name = "web", string revision = "1")
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{name}}","namespace":"default","labels":{"app":"{{name}}","rev":"{{revision}}"}},"spec":{"containers":[""");
        for (var i = 0; i < containers; i++)
        {
            var containerImage = i == changed ? "nginx:1.28" : image;
            builder.Append(CultureInfo.InvariantCulture, $$"""{"name":"c{{i}}","image":"{{containerImage}}","ports":[{"name":"http","containerPort":{{8080 + i}},"protocol":"TCP"}],"env":[{"name":"MODE","value":"prod"},{"name":"INDEX","value":"{{i}}"}],"resources":{"requests":{"cpu":"100m","memory":"128Mi"},"limits":{"cpu":"500m","memory":"256Mi"}},"readinessProbe":{"httpGet":{"path":"/healthz","port":{{8080 + i}}},"periodSeconds":10},"volumeMounts":[{"name":"data","mountPath":"/data"}]}""");
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

        public object ApplyAll()
        {
            _revision ^= 1;
            for (var i = 0; i < _objects.Length; i++)
            {
                ref var entry = ref _objects[i];
                entry.Live = entry.Manager.Apply(entry.Live, entry.Revisions[_revision], "kubectl", force: false);
            }

            return _objects;
        }

        public object MergeAll()
        {
            _revision ^= 1;
            for (var i = 0; i < _objects.Length; i++)
            {
                GC.KeepAlive(MergePatchBytes(_objects[i].Live, _objects[i].Revisions[_revision]));
            }

            return _objects;
        }

        private static byte[][] Revisions(Func<string, string> json) => [Encoding.UTF8.GetBytes(json("1")), Encoding.UTF8.GetBytes(json("2"))];

        private static string ServiceJson(string name, string revision) =>
            $$"""{"apiVersion":"v1","kind":"Service","metadata":{"name":"{{name}}","namespace":"default","labels":{"app":"{{name}}","rev":"{{revision}}"}},"spec":{"selector":{"app":"{{name}}"},"ports":[{"name":"http","port":80,"targetPort":8080,"protocol":"TCP"},{"name":"https","port":443,"targetPort":8443,"protocol":"TCP"}],"type":"ClusterIP"}}""";

        private static string ConfigMapJson(string name, string revision) =>
            $$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{name}}","namespace":"default","labels":{"app":"{{name}}","rev":"{{revision}}"}},"data":{"config.yaml":"log-level: info\nreplicas: 3\n","feature-flags":"a=true,b=false","owner":"team-{{revision}}"}}""";
    }
}
