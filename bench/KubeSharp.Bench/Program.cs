using KubeSharp.Bench;

// Each benchmark registers here; `bench/run.sh` runs them all, `bench/run.sh NAME` just one.
IBenchmark[] benchmarks =
[
    new KubeSharp.Bench.Storage.StorageBenchmark(),
    new KubeSharp.Bench.Api.ApiJsonBenchmark(),
    new KubeSharp.Bench.Client.SimulatedNodesBenchmark(),
    new KubeSharp.Bench.Scheduler.SchedulerBenchmark(),
    new KubeSharp.Bench.Runtime.RuntimeBenchmark(),
    new KubeSharp.Bench.Api.ApiProtobufBenchmark(),
    new KubeSharp.Bench.Machinery.MachineryBenchmark(),
];

var selected = args.Length == 0
    ? benchmarks
    : benchmarks.Where(b => args.Contains(b.Name, StringComparer.OrdinalIgnoreCase)).ToArray();

if (args.Contains("--list"))
{
    foreach (var benchmark in benchmarks)
    {
        Console.WriteLine($"{benchmark.Name,-24} {benchmark.Description}");
    }

    return 0;
}

if (selected.Length == 0)
{
    Console.Error.WriteLine($"no benchmark named {string.Join(", ", args)}; try --list");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

foreach (var benchmark in selected)
{
    Console.WriteLine($"## {benchmark.Name}: {benchmark.Description}");
    Console.WriteLine();
    await benchmark.RunAsync(Console.Out, cancellation.Token);
    Console.WriteLine();
}

return 0;
