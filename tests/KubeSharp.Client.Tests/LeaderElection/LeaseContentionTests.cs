using System.Collections.Concurrent;
using System.Diagnostics;
using KubeSharp.Api.Coordination.V1;
using KubeSharp.Client.LeaderElection;
using KubeSharp.Client.Tests.Fixtures;
using KubeSharp.Testing;
using KubeSharp.Testing.Time;

namespace KubeSharp.Client.Tests.LeaderElection;

/// <summary>
/// Two candidate processes contend for one Lease on the real server: exactly one leads; after the leader is
/// killed (SIGKILL, so it cannot release), the other takes over once the lease expires.
/// </summary>
public sealed class LeaseContentionTests
{
    private static readonly TimeSpan LeaseDuration = new LeaderElectionConfig { Lock = null!, Callbacks = null! }.LeaseDuration;
    private static readonly TimeSpan RetryPeriod = new LeaderElectionConfig { Lock = null!, Callbacks = null! }.RetryPeriod;

    [Fact]
    public async Task TwoProcesses_LeaderKilled_OtherTakesOverWithinTheLeaseDuration()
    {
        await using var server = await InProcessServer.StartAsync();
        using var client = server.NewClient();
        await using var first = Candidate.Start(server.KubeconfigPath, "candidate-a");
        await using var second = Candidate.Start(server.KubeconfigPath, "candidate-b");

        await Wait.UntilAsync(() => first.IsLeading || second.IsLeading, "a leader", TimeSpan.FromSeconds(60));
        var (leader, follower) = first.IsLeading ? (first, second) : (second, first);

        // Several renewals later the follower is still following: exactly one leads.
        var leases = client.Resource<Lease>().Namespace("kube-system");
        var held = await leases.GetAsync(Candidate.LeaseName);
        await Wait.UntilAsync(
            () => leases.GetAsync(Candidate.LeaseName).GetAwaiter().GetResult().Spec.RenewTime > held.Spec.RenewTime,
            "a renewal",
            TimeSpan.FromSeconds(60));
        await Wait.UntilAsync(() => follower.Lines.Contains("leader " + leader.Identity), "the follower to see the leader", TimeSpan.FromSeconds(60));
        Assert.False(follower.IsLeading);
        var beforeKill = await leases.GetAsync(Candidate.LeaseName);
        Assert.Equal(leader.Identity, beforeKill.Spec.HolderIdentity);

        leader.Kill();
        var killedAt = TimeProvider.System.GetUtcNow();
        await Wait.UntilAsync(() => follower.IsLeading, "the follower to take over", TimeSpan.FromSeconds(90));

        var after = await leases.GetAsync(Candidate.LeaseName);
        Assert.Equal(follower.Identity, after.Spec.HolderIdentity);
        Assert.Equal((beforeKill.Spec.LeaseTransitions ?? 0) + 1, after.Spec.LeaseTransitions);

        // Never taken while the lease was live: at least a lease duration after a renewal the follower saw
        // (a second of slack for MicroTime truncation). Taken once it expired: the follower notices the last
        // renewal within one retry period (with jitter), waits out the lease, and acquires at its next retry.
        var acquired = after.Spec.AcquireTime!.Value.Value;
        var retry = RetryPeriod * (1 + LeaderElectionConfig.JitterFactor);
        Assert.True(acquired >= beforeKill.Spec.RenewTime!.Value.Value + LeaseDuration - TimeSpan.FromSeconds(1), $"acquired at {acquired:O}, the lease was renewed at {beforeKill.Spec.RenewTime}");
        Assert.True(acquired - killedAt <= LeaseDuration + (2 * retry) + TimeSpan.FromSeconds(1), $"acquired {acquired - killedAt} after the kill");
    }

    private sealed class Candidate : IAsyncDisposable
    {
        public const string LeaseName = "contention-test";

        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();

        private Candidate(Process process, string identity)
        {
            _process = process;
            Identity = identity;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    _lines.Enqueue(line);
                }
            };
            process.BeginOutputReadLine();
        }

        public string Identity { get; }

        public List<string> Lines => [.. _lines];

        public bool IsLeading
        {
            get
            {
                var lines = Lines;
                return lines.LastIndexOf("leading") > lines.LastIndexOf("stopped");
            }
        }

        public static Candidate Start(string kubeconfig, string identity)
        {
            var dll = Path.Combine(RepositoryPaths.Root, "tests", "KubeSharp.Client.LeaseCandidate", "bin", RepositoryPaths.Configuration, "net10.0", "KubeSharp.Client.LeaseCandidate.dll");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { dll, kubeconfig, "kube-system", LeaseName, identity })
            {
                start.ArgumentList.Add(argument);
            }

            return new Candidate(Process.Start(start) ?? throw new InvalidOperationException("could not start " + dll), identity);
        }

        /// <summary>SIGKILL: the candidate cannot release the lease, as when a machine dies.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
