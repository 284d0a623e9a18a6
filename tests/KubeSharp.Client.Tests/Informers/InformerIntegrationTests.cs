using System.Collections.Concurrent;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Informers;
using KubeSharp.Client.Tests.Fixtures;
using KubeSharp.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Client.Tests.Informers;

/// <summary>The project's informer against the real server, across a watch that expires (410 Gone) and a re-list.</summary>
public sealed class InformerIntegrationTests
{
    [Fact]
    public async Task Informer_WatchExpiresAcrossAServerRestart_RelistsAndSeesEveryChangeInOrder()
    {
        await using var server = await InProcessServer.StartAsync();
        using var client = server.NewClient();
        var configMaps = client.Resource<ConfigMap>().Namespace("default");
        var source = new ObservingListerWatcher<ConfigMap>(configMaps);
        var informer = new SharedIndexInformer<ConfigMap>(source, TimeSpan.Zero, TimeProvider.System, NullLogger.Instance);
        var seen = new ConcurrentQueue<string>();
        informer.AddEventHandler(new ResourceEventHandlerFuncs<ConfigMap>
        {
            AddFunc = (cm, _) => seen.Enqueue($"add {cm.Metadata.Name} {cm.Data?["v"]}"),
            UpdateFunc = (_, cm) => seen.Enqueue($"update {cm.Metadata.Name} {cm.Data?["v"]}"),
            DeleteFunc = obj => seen.Enqueue($"delete {Cache.DeletedObject<ConfigMap>(obj)?.Metadata.Name}"),
        });
        using var stop = new CancellationTokenSource();
        var run = informer.RunAsync(stop.Token);
        await Wait.UntilAsync(() => informer.HasSynced, "the informer to sync");

        // Through the watch.
        await configMaps.CreateAsync(ConfigMap("a", 1));
        await configMaps.CreateAsync(ConfigMap("b", 1));
        await Set(configMaps, "a", 2);
        await configMaps.DeleteAsync("b");
        await Wait.UntilAsync(() => seen.Contains("delete b"), "the watch to deliver the changes");

        // Other kinds move the store's revision past the informer's; a restarted server's watch cache starts after
        // it, so resuming the watch from the informer's resourceVersion gets 410 Gone.
        var secrets = client.Resource<Secret>().Namespace("default");
        await secrets.CreateAsync(new Secret { Metadata = new ObjectMeta { Name = "moves-revision" } });
        await server.RestartAsync();

        // Changes the informer can only learn from the re-list.
        await Set(configMaps, "a", 3);
        await configMaps.CreateAsync(ConfigMap("c", 1));
        await Wait.UntilAsync(() => informer.Indexer.GetByKey("default/c") is not null && source.Expired > 0, "the re-list after 410");

        // And the watch after it.
        await Set(configMaps, "c", 2);
        await configMaps.DeleteAsync("a");
        await Wait.UntilAsync(() => seen.Contains("delete a"), "the resumed watch to deliver the changes");

        await stop.CancelAsync();
        await run;
        Assert.True(source.Lists >= 2, $"expected a re-list, saw {source.Lists} lists");
        Assert.Equal(["add a 1", "update a 2", "update a 3", "delete a"], Of("a"));
        Assert.Equal(["add b 1", "delete b"], Of("b"));
        Assert.Equal(["add c 1", "update c 2"], Of("c"));
        Assert.Equal(["default/c"], informer.Indexer.ListKeys());

        // A re-list re-delivers unchanged objects as updates (upstream's Replaced deltas): the same version twice in a
        // row is one change.
        List<string> Of(string name)
        {
            List<string> changes = [];
            foreach (var line in seen.Where(line => line.Split(' ')[1] == name))
            {
                if (changes.Count == 0 || changes[^1].Split(' ', 2)[1] != line.Split(' ', 2)[1])
                {
                    changes.Add(line);
                }
            }

            return changes;
        }
    }

    private static ConfigMap ConfigMap(string name, int version) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        Data = new Dictionary<string, string> { ["v"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static async Task Set(ResourceClient<ConfigMap> configMaps, string name, int version)
    {
        var current = await configMaps.GetAsync(name);
        current.Data = new Dictionary<string, string> { ["v"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await configMaps.UpdateAsync(current);
    }

    /// <summary>Passes through to the real client, counting lists and the 410 errors the watches end with.</summary>
    private sealed class ObservingListerWatcher<T>(IListerWatcher<T> inner) : IListerWatcher<T>
        where T : KubeObject
    {
        private int _lists;
        private int _expired;

        public int Lists => Volatile.Read(ref _lists);

        public int Expired => Volatile.Read(ref _expired);

        public Task<KubeList<T>> ListAsync(ListOptions options, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _lists);
            return inner.ListAsync(options, cancellationToken);
        }

        public async IAsyncEnumerable<WatchEvent<T>> WatchAsync(ListOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in inner.WatchAsync(options, cancellationToken).ConfigureAwait(false))
            {
                if (item.Type == "ERROR" && item.Status?.Code == 410)
                {
                    Interlocked.Increment(ref _expired);
                }

                yield return item;
            }
        }
    }
}
