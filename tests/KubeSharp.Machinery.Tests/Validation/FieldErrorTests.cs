using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Tests.Validation;

public class FieldErrorTests
{
    private static readonly FieldPath Containers = FieldPath.New("spec", "containers");

    public static TheoryData<FieldError, string> Renderings => new()
    {
        { FieldError.Required(Containers.Index(0).Child("image")), "spec.containers[0].image: Required value" },
        { FieldError.Required(FieldPath.New("metadata", "name"), "name or generateName is required"), "metadata.name: Required value: name or generateName is required" },
        { FieldError.Invalid(FieldPath.New("metadata", "name"), "Foo", "must be lowercase"), "metadata.name: Invalid value: \"Foo\": must be lowercase" },
        { FieldError.Invalid(Containers.Index(1).Child("ports").Index(0).Child("containerPort"), 70000, "must be between 1 and 65535, inclusive"), "spec.containers[1].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive" },
        { FieldError.Invalid(FieldPath.New("spec", "replicas"), -1L, "must be greater than or equal to 0"), "spec.replicas: Invalid value: -1: must be greater than or equal to 0" },
        { FieldError.Invalid(FieldPath.New("spec", "paused"), true, "x"), "spec.paused: Invalid value: true: x" },
        { FieldError.Invalid(FieldPath.New("a"), new[] { "x", "y" }, "bad"), "a: Invalid value: [\"x\",\"y\"]: bad" },
        { FieldError.Invalid(FieldPath.New("a"), "line\n\"quoted\"\t\\", "bad"), "a: Invalid value: \"line\\n\\\"quoted\\\"\\t\\\\\": bad" },
        { FieldError.Duplicate(Containers.Index(1).Child("name"), "app"), "spec.containers[1].name: Duplicate value: \"app\"" },
        { FieldError.NotSupported(FieldPath.New("spec", "restartPolicy"), "Sometimes", ["Always", "OnFailure", "Never"]), "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"" },
        { FieldError.Forbidden(FieldPath.New("spec"), "pod updates may not change fields"), "spec: Forbidden: pod updates may not change fields" },
        { FieldError.TooLong(FieldPath.New("metadata", "annotations"), 262144), "metadata.annotations: Too long: may not be more than 262144 bytes" },
        { FieldError.TooLong(FieldPath.New("x"), 1), "x: Too long: may not be more than 1 byte" },
        { FieldError.TooMany(FieldPath.New("spec", "items"), 5, 4), "spec.items: Too many: 5: must have at most 4 items" },
        { FieldError.TooMany(FieldPath.New("spec", "items"), -1, 1), "spec.items: Too many: must have at most 1 item" },
        { FieldError.NotFound(FieldPath.New("spec", "volumeName"), "data"), "spec.volumeName: Not found: \"data\"" },
        { FieldError.Invalid(FieldPath.New("metadata", "labels").Key("app.kubernetes.io/name"), "a b", "bad"), "metadata.labels[app.kubernetes.io/name]: Invalid value: \"a b\": bad" },
        { FieldError.Invalid(FieldPath.Nil, "x", "bad"), "<nil>: Invalid value: \"x\": bad" },
        { FieldError.Invalid(FieldPath.Nil.Child("values").Index(0), "x", "bad"), "values[0]: Invalid value: \"x\": bad" },
        { FieldError.Invalid(FieldPath.New("ratio"), 0.5, "bad"), "ratio: Invalid value: 0.5: bad" },
    };

    [Theory]
    [MemberData(nameof(Renderings))]
    public void ToString_RendersAsUpstream(FieldError error, string expected)
    {
        Assert.Equal(expected, error.ToString());
    }

    [Fact]
    public void ErrorBody_OmitsFieldPath()
    {
        var error = FieldError.Required(Containers.Index(0).Child("image"));

        Assert.Equal("Required value", error.ErrorBody());
        Assert.Equal("spec.containers[0].image", error.Field);
        Assert.Equal(FieldErrorType.Required, error.Type);
    }

    [Fact]
    public void AggregateMessage_SingleError_IsThatError()
    {
        var list = new FieldErrorList { FieldError.Required(FieldPath.New("a")) };

        Assert.Equal("a: Required value", list.AggregateMessage());
    }

    [Fact]
    public void AggregateMessage_SeveralErrors_BracketedAndDeduplicated()
    {
        var list = new FieldErrorList
        {
            FieldError.Required(FieldPath.New("a")),
            FieldError.Required(FieldPath.New("b")),
            FieldError.Required(FieldPath.New("a")),
        };

        Assert.Equal("[a: Required value, b: Required value]", list.AggregateMessage());
    }

    [Fact]
    public void AggregateMessage_Empty_IsNull()
    {
        Assert.Null(new FieldErrorList().AggregateMessage());
    }
}
