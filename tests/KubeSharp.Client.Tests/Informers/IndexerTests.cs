using KubeSharp.Api.Core.V1;
using KubeSharp.Client.Informers;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Client.Tests.Informers;

public sealed class IndexerTests
{
    private static Indexer<Pod> NewIndexer() => new(new Dictionary<string, IndexFunc<Pod>>
    {
        [Cache.NamespaceIndex] = pod => Cache.MetaNamespaceIndexFunc(pod),
        ["nodeName"] = pod => pod.Spec.NodeName is { Length: > 0 } node ? [node] : [],
    });

    [Fact]
    public void Add_KeyedByNamespaceAndName()
    {
        var indexer = NewIndexer();
        indexer.Add(Pods.Make("a", "web"));

        Assert.Equal(["a/web"], indexer.ListKeys());
        Assert.Equal("web", indexer.GetByKey("a/web")!.Metadata.Name);
        Assert.Null(indexer.GetByKey("b/web"));
    }

    [Fact]
    public void ByIndex_FollowsUpdatesThatMoveTheObject()
    {
        var indexer = NewIndexer();
        indexer.Add(Pods.Make("a", "one", node: "n1"));
        indexer.Add(Pods.Make("a", "two", node: "n1"));
        indexer.Add(Pods.Make("b", "three"));

        Assert.Equal(["a/one", "a/two"], indexer.IndexKeys("nodeName", "n1").Order());
        Assert.Empty(indexer.ByIndex("nodeName", "n2"));

        indexer.Update(Pods.Make("a", "two", "2", node: "n2"));
        Assert.Equal(["a/one"], indexer.IndexKeys("nodeName", "n1"));
        Assert.Equal("two", Assert.Single(indexer.ByIndex("nodeName", "n2")).Metadata.Name);

        indexer.Delete(Pods.Make("a", "one"));
        Assert.Empty(indexer.IndexKeys("nodeName", "n1"));
        Assert.Equal(["n2"], indexer.ListIndexFuncValues("nodeName"));
        Assert.Equal(["a", "b"], indexer.ListIndexFuncValues(Cache.NamespaceIndex).Order());
    }

    [Fact]
    public void Replace_RebuildsItemsAndIndexes()
    {
        var indexer = NewIndexer();
        indexer.Add(Pods.Make("a", "old", node: "n1"));

        indexer.Replace([Pods.Make("a", "new", node: "n2")], "10");

        Assert.Equal(["a/new"], indexer.ListKeys());
        Assert.Empty(indexer.ByIndex("nodeName", "n1"));
        Assert.Single(indexer.ByIndex("nodeName", "n2"));
    }

    [Fact]
    public void AddIndexers_IndexesExistingItems_RejectsDuplicates()
    {
        var indexer = new Indexer<Pod>();
        indexer.Add(Pods.Make("a", "web", labels: new() { ["app"] = "web" }));
        indexer.AddIndexers(new Dictionary<string, IndexFunc<Pod>> { ["app"] = pod => pod.Metadata.Labels is { } labels ? labels.Values : [] });

        Assert.Single(indexer.ByIndex("app", "web"));
        Assert.Throws<InvalidOperationException>(() => indexer.AddIndexers(new Dictionary<string, IndexFunc<Pod>> { ["app"] = _ => [] }));
        Assert.Throws<ArgumentException>(() => indexer.ByIndex("missing", "x"));
    }

    [Fact]
    public void Index_ObjectsSharingAValue()
    {
        var indexer = NewIndexer();
        indexer.Add(Pods.Make("a", "one", node: "n1"));
        indexer.Add(Pods.Make("b", "two", node: "n1"));

        var shared = indexer.Index("nodeName", Pods.Make("c", "probe", node: "n1"));

        Assert.Equal(["one", "two"], shared.Select(p => p.Metadata.Name!).Order());
    }

    [Fact]
    public void Listers_FilterByNamespaceAndSelector()
    {
        var indexer = NewIndexer();
        indexer.Add(Pods.Make("a", "web", labels: new() { ["app"] = "web" }));
        indexer.Add(Pods.Make("a", "db", labels: new() { ["app"] = "db" }));
        indexer.Add(Pods.Make("b", "web", labels: new() { ["app"] = "web" }));
        var lister = new Lister<Pod>(indexer);

        Assert.Equal(3, lister.List().Count);
        Assert.Equal(2, lister.List(Selector.Parse("app=web")).Count);
        Assert.Equal(2, lister.Namespace("a").List().Count);
        Assert.Equal("db", Assert.Single(lister.Namespace("a").List(Selector.Parse("app!=web"))).Metadata.Name);
        Assert.NotNull(lister.Namespace("b").Get("web"));
        Assert.Null(lister.Namespace("b").Get("db"));
    }

    [Theory]
    [InlineData("name", "", "name")]
    [InlineData("ns/name", "ns", "name")]
    public void SplitMetaNamespaceKey_Valid(string key, string ns, string name) =>
        Assert.Equal((ns, name), Cache.SplitMetaNamespaceKey(key));

    [Fact]
    public void SplitMetaNamespaceKey_TooManyParts_Rejected() =>
        Assert.Throws<ArgumentException>(() => Cache.SplitMetaNamespaceKey("a/b/c"));
}
