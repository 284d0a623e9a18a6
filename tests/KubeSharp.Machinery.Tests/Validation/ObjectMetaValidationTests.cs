using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Tests.Validation;

public class ObjectMetaValidationTests
{
    private static readonly FieldPath Meta = FieldPath.New("metadata");

    private static List<string> Create(ObjectMeta meta, bool namespaced = true) =>
        ObjectMetaValidation.ValidateObjectMeta(meta, namespaced, NameValidation.NameIsDNSSubdomain, Meta).Select(e => e.ToString()).ToList();

    [Fact]
    public void NameOrGenerateName_IsRequired()
    {
        Assert.Equal(["metadata.name: Required value: name or generateName is required"], Create(new ObjectMeta { Namespace = "ns" }));
    }

    [Fact]
    public void GenerateName_MayEndWithDash()
    {
        Assert.Equal(["metadata.name: Required value: name or generateName is required"], Create(new ObjectMeta { GenerateName = "web-", Namespace = "ns" }));
        Assert.Contains("metadata.generateName: Invalid value: \"Web-\": " + Formats.IsDNS1123Subdomain("Wa")[0], Create(new ObjectMeta { GenerateName = "Web-", Namespace = "ns" }));
    }

    [Fact]
    public void Namespace_RequiredOrForbidden()
    {
        Assert.Equal(["metadata.namespace: Required value"], Create(new ObjectMeta { Name = "a" }));
        Assert.Equal(["metadata.namespace: Forbidden: not allowed on this type"], Create(new ObjectMeta { Name = "a", Namespace = "ns" }, namespaced: false));
    }

    [Fact]
    public void Labels_AndAnnotations()
    {
        var errors = Create(new ObjectMeta
        {
            Name = "a",
            Namespace = "ns",
            Labels = new() { ["bad key!"] = "ok" },
            Annotations = new() { ["big"] = new string('x', ObjectMetaValidation.TotalAnnotationSizeLimitB) },
        });
        Assert.Equal(
        [
            "metadata.labels: Invalid value: \"bad key!\": " + Formats.IsQualifiedName("bad key!")[0],
            "metadata.annotations: Too long: may not be more than 262144 bytes",
        ],
        errors);
    }

    [Fact]
    public void OwnerReferences_AndFinalizers()
    {
        var errors = Create(new ObjectMeta
        {
            Name = "a",
            Namespace = "ns",
            OwnerReferences =
            [
                new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = "rs", Uid = "1", Controller = true },
                new OwnerReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = "d", Uid = "2", Controller = true },
            ],
            Finalizers = ["orphan", "foregroundDeletion", "custom"],
        });
        Assert.Contains(errors, e => e.StartsWith("metadata.ownerReferences: Invalid value: ", StringComparison.Ordinal)
            && e.EndsWith("Only one reference can have Controller set to true. Found \"true\" in references for ReplicaSet/rs and Deployment/d", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith(": finalizer orphan and foregroundDeletion cannot be both set", StringComparison.Ordinal));
        Assert.Contains("metadata.finalizers[2]: Invalid value: \"custom\": name is neither a standard finalizer name nor is it fully qualified", errors);
    }

    [Fact]
    public void Update_ImmutableFields()
    {
        var created = DateTimeOffset.Parse("2024-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var old = new ObjectMeta { Name = "a", Namespace = "ns", Uid = "u1", ResourceVersion = "5", Generation = 3, CreationTimestamp = created };
        var updated = new ObjectMeta { Name = "a", Namespace = "ns", Uid = "u2", ResourceVersion = "5", Generation = 2, CreationTimestamp = created.AddSeconds(1) };
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(updated, old, Meta).Select(e => e.ToString()).ToList();
        Assert.Equal(
        [
            "metadata.generation: Invalid value: 2: must not be decremented",
            "metadata.uid: Invalid value: \"u2\": field is immutable",
            "metadata.creationTimestamp: Invalid value: \"2024-01-01T00:00:01Z\": field is immutable",
        ],
        errors);
    }

    [Fact]
    public void Update_NoNewFinalizersWhileDeleting()
    {
        var old = new ObjectMeta { Name = "a", Namespace = "ns", ResourceVersion = "1", DeletionTimestamp = DateTimeOffset.UnixEpoch, Finalizers = ["example.com/a"] };
        var updated = new ObjectMeta { Name = "a", Namespace = "ns", ResourceVersion = "1", DeletionTimestamp = DateTimeOffset.UnixEpoch, Finalizers = ["example.com/a", "example.com/b"] };
        Assert.Equal(
            ["metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"example.com/b\"}"],
            ObjectMetaValidation.ValidateObjectMetaUpdate(updated, old, Meta).Select(e => e.ToString()));
    }
}
