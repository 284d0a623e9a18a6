using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Client.LeaderElection;
using Microsoft.Extensions.Logging.Abstractions;

// Usage: KubeSharp.Client.LeaseCandidate KUBECONFIG NAMESPACE LEASE IDENTITY
// Competes for the lease with upstream's defaults (15 s lease, 10 s renew deadline, 2 s retry) and prints one line
// per transition, which the contention test reads: "leading", "stopped", "leader <identity>".
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: KubeSharp.Client.LeaseCandidate KUBECONFIG NAMESPACE LEASE IDENTITY");
    return 2;
}

var (kubeconfig, ns, lease, identity) = (args[0], args[1], args[2], args[3]);
using var client = new Kubernetes(KubeconfigLoader.Load(kubeconfig) with { Qps = 0 });
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var elector = new LeaderElector(
    new LeaderElectionConfig
    {
        Lock = new LeaseLock(client, ns, lease, identity),
        Name = lease,
        Callbacks = new LeaderCallbacks
        {
            OnStartedLeading = async token =>
            {
                Console.WriteLine("leading");
                await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
            },
            OnStoppedLeading = () => Console.WriteLine("stopped"),
            OnNewLeader = leader => Console.WriteLine("leader " + leader),
        },
    },
    TimeProvider.System,
    NullLogger.Instance);
Console.WriteLine("started");
await elector.RunAsync(stop.Token);
return 0;
