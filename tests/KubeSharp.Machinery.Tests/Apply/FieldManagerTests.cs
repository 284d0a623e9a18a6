using System.Text;
using KubeSharp.Machinery.Apply;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Patch;

namespace KubeSharp.Machinery.Tests.Apply;

/// <summary>
/// Server-side apply through the field manager, on a Deployment-shaped kind: managedFields contents in
/// FieldsV1, shared ownership, conflicts and their messages, force, and removal of fields an applier
/// stops applying. JSON is written with single quotes.
/// </summary>
public class FieldManagerTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _time = new(Start);
    private readonly FieldManager _manager;

    public FieldManagerTests()
    {
        _manager = new FieldManager(typeof(TestDeployment), "apps/v1", "TestDeployment", _time, serializerOptions: TestJsonContext.Default.Options);
    }

    private const string Web = "{'apiVersion':'apps/v1','kind':'TestDeployment','metadata':{'name':'web','namespace':'default'";

    [Fact]
    public void Apply_Create_RecordsAppliedFieldsInFieldsV1()
    {
        var result = Apply(null, Web + ",'labels':{'app':'web'}},'spec':{'replicas':3,'selector':{'matchLabels':{'app':'web'}},'template':{'metadata':{'labels':{'app':'web'}},'spec':{'containers':[{'name':'web','image':'nginx:1.25','ports':[{'containerPort':80}]}]}}}}", "kubectl");

        var entry = Assert.Single(Entries(result));
        Assert.Equal(("kubectl", "Apply", "apps/v1", "2024-05-01T12:00:00Z"), (entry.Manager, entry.Operation, entry.ApiVersion, entry.Time));
        Assert.Equal(
            """{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:replicas":{},"f:selector":{},"f:template":{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{"f:image":{},"f:name":{},"f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{"f:containerPort":{},".":{}}},".":{}}}}}}}""",
            entry.FieldsV1);
        Assert.Equal(3L, Get(result, "spec", "replicas"));
    }

    [Fact]
    public void Update_Create_OwnsNewMapsAsMembers()
    {
        var result = Update(null, Web + ",'labels':{'app':'web'}},'spec':{'replicas':1}}", "kubectl-create");

        var entry = Assert.Single(Entries(result));
        Assert.Equal(("kubectl-create", "Update", "apps/v1"), (entry.Manager, entry.Operation, entry.ApiVersion));
        Assert.Equal("""{"f:metadata":{"f:labels":{"f:app":{},".":{}}},"f:spec":{"f:replicas":{}}}""", entry.FieldsV1);
    }

    [Fact]
    public void Apply_SameValueByTwoManagers_SharesOwnership()
    {
        var live = Apply(null, Web + "},'spec':{'replicas':3}}", "alice");

        var result = Apply(live, Web + "},'spec':{'replicas':3}}", "bob");

        // bob changed nothing, so (as upstream) his entry has no time and sorts first.
        var entries = Entries(result);
        Assert.Equal([("bob", null), ("alice", "2024-05-01T12:00:00Z")], entries.Select(e => (e.Manager, e.Time)));
        Assert.All(entries, e => Assert.Equal("""{"f:spec":{"f:replicas":{}}}""", e.FieldsV1));
    }

    [Fact]
    public void Apply_DifferentValueOwnedByApplier_ConflictsWithUpstreamMessage()
    {
        var live = Apply(null, Web + "},'spec':{'replicas':3}}", "alice");

        var error = Assert.Throws<ApplyConflictException>(() => Apply(live, Web + "},'spec':{'replicas':5}}", "bob"));

        Assert.Equal("Apply failed with 1 conflict: conflict with \"alice\": .spec.replicas", error.Message);
        var cause = Assert.Single(ManagerConflicts.Causes(error.Conflicts));
        Assert.Equal(("FieldManagerConflict", "conflict with \"alice\"", ".spec.replicas"), cause);
    }

    [Fact]
    public void Apply_DifferentValueOwnedByUpdater_NamesManagerAndVersion()
    {
        var live = Update(null, Web + "},'spec':{'replicas':3}}", "kubectl-scale");

        var error = Assert.Throws<ApplyConflictException>(() => Apply(live, Web + "},'spec':{'replicas':5}}", "kubectl"));

        Assert.Equal("Apply failed with 1 conflict: conflict with \"kubectl-scale\" using apps/v1: .spec.replicas", error.Message);
    }

    [Fact]
    public void Apply_SeveralConflicts_GroupsByManager()
    {
        var live = Apply(null, Web + ",'labels':{'a':'1'}},'spec':{'replicas':3}}", "alice");
        live = Apply(live, Web + ",'labels':{'b':'1'}}}", "carol");

        var error = Assert.Throws<ApplyConflictException>(() =>
            Apply(live, Web + ",'labels':{'a':'2','b':'2'}},'spec':{'replicas':5}}", "bob"));

        Assert.Equal(
            "Apply failed with 3 conflicts: conflicts with \"alice\":\n- .metadata.labels.a\n- .spec.replicas\nconflicts with \"carol\":\n- .metadata.labels.b",
            error.Message);
    }

    [Fact]
    public void Apply_Force_TakesOwnershipFromOthers()
    {
        var live = Apply(null, Web + "},'spec':{'replicas':3,'template':{'spec':{'containers':[{'name':'web','image':'a'}]}}}}", "alice");

        var result = Apply(live, Web + "},'spec':{'replicas':5}}", "bob", force: true);

        Assert.Equal(5L, Get(result, "spec", "replicas"));
        var entries = Entries(result).ToDictionary(e => e.Manager);
        Assert.Equal("""{"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{"f:image":{},"f:name":{},".":{}}}}}}}""", entries["alice"].FieldsV1);
        Assert.Equal("""{"f:spec":{"f:replicas":{}}}""", entries["bob"].FieldsV1);
    }

    [Fact]
    public void Apply_FieldNoLongerApplied_IsRemoved()
    {
        var live = Apply(null, Web + ",'labels':{'a':'1','b':'2'}},'spec':{'replicas':3}}", "alice");

        var result = Apply(live, Web + ",'labels':{'a':'1'}}}", "alice");

        Assert.Null(Get(result, "spec", "replicas"));
        Assert.Equal("1", Get(result, "metadata", "labels", "a"));
        Assert.Null(Get(result, "metadata", "labels", "b"));
        Assert.Equal("""{"f:metadata":{"f:labels":{"f:a":{}}}}""", Assert.Single(Entries(result)).FieldsV1);
    }

    [Fact]
    public void Apply_FieldStillOwnedByAnother_IsKept()
    {
        var live = Apply(null, Web + ",'labels':{'a':'1','shared':'x'}}}", "alice");
        live = Apply(live, Web + ",'labels':{'shared':'x'}}}", "bob");

        var result = Apply(live, Web + ",'labels':{'a':'1'}}}", "alice");

        Assert.Equal("x", Get(result, "metadata", "labels", "shared"));
        var entries = Entries(result).ToDictionary(e => e.Manager);
        Assert.Equal("""{"f:metadata":{"f:labels":{"f:a":{}}}}""", entries["alice"].FieldsV1);
        Assert.Equal("""{"f:metadata":{"f:labels":{"f:shared":{}}}}""", entries["bob"].FieldsV1);
    }

    [Fact]
    public void Apply_FieldSetByUpdater_IsNotRemovedWhenApplierDropsIt()
    {
        var live = Apply(null, Web + "},'spec':{'replicas':3}}", "alice");
        live = Update(live, Web + "},'spec':{'replicas':7}}", "kubectl-scale");

        var result = Apply(live, Web + ",'labels':{'a':'1'}}}", "alice");

        Assert.Equal(7L, Get(result, "spec", "replicas"));
    }

    [Fact]
    public void Apply_ListMapItem_MergesByKeyAndRemovesDroppedItem()
    {
        var live = Apply(null, Web + "},'spec':{'template':{'spec':{'containers':[{'name':'web','image':'a'},{'name':'log','image':'b'}]}}}}", "alice");
        live = Apply(live, Web + "},'spec':{'template':{'spec':{'containers':[{'name':'sidecar','image':'c'}]}}}}", "bob");

        var result = Apply(live, Web + "},'spec':{'template':{'spec':{'containers':[{'name':'web','image':'a2'}]}}}}", "alice");

        var names = ((List<object?>)Get(result, "spec", "template", "spec", "containers")!)
            .Select(c => ((Dictionary<string, object?>)c!)["name"]);
        Assert.Equal(["web", "sidecar"], names);
        Assert.Equal("a2", ((Dictionary<string, object?>)((List<object?>)Get(result, "spec", "template", "spec", "containers")!)[0]!)["image"]);
    }

    [Fact]
    public void Apply_SetListItems_AreOwnedPerValue()
    {
        var live = Apply(null, Web + ",'finalizers':['example.com/a']}}", "alice");
        live = Apply(live, Web + ",'finalizers':['example.com/b']}}", "bob");
        Assert.Equal(["example.com/a", "example.com/b"], (List<object?>)Get(live, "metadata", "finalizers")!);
        Assert.Equal("""{"f:metadata":{"f:finalizers":{"v:\"example.com/a\"":{}}}}""", Entries(live).Single(e => e.Manager == "alice").FieldsV1);

        var result = Apply(live, Web + "}}", "alice");

        Assert.Equal(["example.com/b"], (List<object?>)Get(result, "metadata", "finalizers")!);
    }

    [Fact]
    public void Apply_AtomicList_IsOwnedAndReplacedWhole()
    {
        var live = Apply(null, Web + "},'spec':{'template':{'spec':{'containers':[{'name':'web','args':['a','b']}]}}}}", "alice");
        Assert.Contains("\"f:args\":{}", Entries(live).Single().FieldsV1, StringComparison.Ordinal);

        var error = Assert.Throws<ApplyConflictException>(() =>
            Apply(live, Web + "},'spec':{'template':{'spec':{'containers':[{'name':'web','args':['c']}]}}}}", "bob"));

        Assert.Equal("Apply failed with 1 conflict: conflict with \"alice\": .spec.template.spec.containers[name=\"web\"].args", error.Message);
    }

    [Fact]
    public void Update_ChangingAppliedField_TransfersOwnership()
    {
        var live = Apply(null, Web + "},'spec':{'replicas':3}}", "alice");

        var result = Update(live, Web + "},'spec':{'replicas':4}}", "hpa");

        var entries = Entries(result);
        var hpa = Assert.Single(entries);
        Assert.Equal(("hpa", "Update"), (hpa.Manager, hpa.Operation));
        Assert.Equal("""{"f:spec":{"f:replicas":{}}}""", hpa.FieldsV1);
    }

    [Fact]
    public void Update_ObjectWithoutManagedFields_IsNotTracked()
    {
        var existing = Encoding.UTF8.GetBytes((Web + ",'uid':'u1'},'spec':{'replicas':1}}").Replace('\'', '"'));

        var result = JsonTree.ParseObject(_manager.Update(existing, Encoding.UTF8.GetBytes((Web + ",'uid':'u1'},'spec':{'replicas':2}}").Replace('\'', '"')), "kubectl-edit"));

        Assert.Empty(Entries(result));
    }

    [Fact]
    public void Apply_ObjectWithoutManagedFields_StartsWithBeforeFirstApply()
    {
        var existing = Encoding.UTF8.GetBytes((Web + ",'uid':'u1'},'spec':{'replicas':1}}").Replace('\'', '"'));

        var error = Assert.Throws<ApplyConflictException>(() =>
            _manager.Apply(existing, Encoding.UTF8.GetBytes((Web + "},'spec':{'replicas':2}}").Replace('\'', '"')), "kubectl", force: false));

        Assert.Equal("Apply failed with 1 conflict: conflict with \"before-first-apply\" using apps/v1: .spec.replicas", error.Message);
    }

    [Fact]
    public void Apply_NoChange_KeepsTimestamp()
    {
        var live = Apply(null, Web + "},'spec':{'replicas':3}}", "alice");
        _time.Advance(TimeSpan.FromHours(1));

        var result = Apply(live, Web + "},'spec':{'replicas':3}}", "alice");

        Assert.Equal("2024-05-01T12:00:00Z", Assert.Single(Entries(result)).Time);
    }

    [Fact]
    public void Update_ManyManagers_FoldsOldestIntoAncientChanges()
    {
        Dictionary<string, object?>? live = null;
        var labels = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            labels.Add($"'l{i}':'v'");
            live = Update(live, Web + ",'labels':{" + string.Join(",", labels) + "}}}", $"m{i:00}");
        }

        var managers = Entries(live!).Select(e => e.Manager).ToList();
        Assert.Equal(10, managers.Count);
        Assert.Contains("ancient-changes", managers);
        Assert.DoesNotContain("m00", managers);
        Assert.DoesNotContain("m01", managers);
    }

    [Fact]
    public void Apply_ByKubectl_SyncsLastAppliedAnnotation()
    {
        var live = Update(null, Web + ",'annotations':{'kubectl.kubernetes.io/last-applied-configuration':'old'}},'spec':{'replicas':1}}", "kubectl-client-side-apply");

        var result = Apply(live, Web + "},'spec':{'replicas':1}}", "kubectl");

        Assert.Equal(
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"TestDeployment\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\"},\"spec\":{\"replicas\":1}}\n",
            Get(result, "metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"));
    }

    [Theory]
    [InlineData("{'apiVersion':'apps/v2','kind':'TestDeployment','metadata':{'name':'web'}}", "invalid object type: apps/v2, Kind=TestDeployment", PatchErrorKind.BadRequest)]
    [InlineData("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'web'}}", "invalid object type: /v1, Kind=Pod", PatchErrorKind.BadRequest)]
    [InlineData("{'apiVersion':'apps/v1','kind':'TestDeployment','metadata':{'name':'web','managedFields':[]}}", "metadata.managedFields must be nil", PatchErrorKind.BadRequest)]
    [InlineData("{'apiVersion':'apps/v1','kind':'TestDeployment','metadata':{'name':'web','namespace':'default'},'spec':{'template':{'spec':{'containers':[{'image':'x'}]}}}}", "failed to create typed patch object (apps/v1, Kind=TestDeployment; default/web): .spec.template.spec.containers: element 0: associative list with keys has an element that omits key field \"name\" (and doesn't have default value)", PatchErrorKind.Internal)]
    [InlineData("{'apiVersion':'apps/v1','kind':'TestDeployment','metadata':{'name':'web','namespace':'default'},'spec':{'template':{'spec':{'containers':[{'name':'a'},{'name':'a'}]}}}}", "failed to create typed patch object (apps/v1, Kind=TestDeployment; default/web): .spec.template.spec.containers: duplicate entries for key [name=\"a\"]", PatchErrorKind.Internal)]
    [InlineData("{'apiVersion':'apps/v1','kind':'TestDeployment','metadata':{'name':'web','namespace':'default'},'spec':{'bogus':1}}", "failed to create typed patch object (apps/v1, Kind=TestDeployment; default/web): .spec.bogus: field not declared in schema", PatchErrorKind.Internal)]
    public void Apply_InvalidConfiguration_FailsWithUpstreamMessage(string applied, string message, PatchErrorKind kind)
    {
        var error = Assert.Throws<PatchException>(() => Apply(null, applied, "kubectl"));

        Assert.Equal(message, error.Message);
        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public void Apply_Typed_ReturnsObjectWithManagedFields()
    {
        var result = _manager.Apply<TestDeployment>(null, Encoding.UTF8.GetBytes((Web + "},'spec':{'replicas':2}}").Replace('\'', '"')), "kubectl", force: false, TestJsonContext.Default.TestDeployment);

        Assert.Equal(2, result.Spec.Replicas);
        var entry = Assert.Single(result.Metadata.ManagedFields!);
        Assert.Equal(("kubectl", "Apply", "FieldsV1"), (entry.Manager, entry.Operation, entry.FieldsType));
    }

    private Dictionary<string, object?> Apply(Dictionary<string, object?>? live, string applied, string manager, bool force = false) =>
        JsonTree.ParseObject(_manager.Apply(
            live is null ? [] : JsonTree.ToBytes(live),
            Encoding.UTF8.GetBytes(applied.Replace('\'', '"')),
            manager,
            force));

    private Dictionary<string, object?> Update(Dictionary<string, object?>? live, string updated, string manager) =>
        JsonTree.ParseObject(_manager.Update(
            live is null ? [] : JsonTree.ToBytes(live),
            Encoding.UTF8.GetBytes(updated.Replace('\'', '"')),
            manager));

    private static object? Get(Dictionary<string, object?> obj, params string[] path)
    {
        object? current = obj;
        foreach (var key in path)
        {
            if (current is not Dictionary<string, object?> map || !map.TryGetValue(key, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static List<(string Manager, string Operation, string ApiVersion, string? Time, string FieldsV1)> Entries(Dictionary<string, object?> obj) =>
        (Get(obj, "metadata", "managedFields") as List<object?> ?? [])
            .Cast<Dictionary<string, object?>>()
            .Select(e => (
                (string)e["manager"]!,
                (string)e["operation"]!,
                (string)e["apiVersion"]!,
                e.GetValueOrDefault("time") as string,
                Encoding.UTF8.GetString(JsonTree.ToBytes(e["fieldsV1"]))))
            .ToList();
}
