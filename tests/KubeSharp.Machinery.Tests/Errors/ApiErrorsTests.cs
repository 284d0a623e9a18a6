using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Apply;
using KubeSharp.Machinery.Errors;
using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Tests.Errors;

public class ApiErrorsTests
{
    public static TheoryData<ApiException, int, string, string> Statuses => new()
    {
        { ApiErrors.NotFound("", "pods", "web"), 404, StatusReason.NotFound, "pods \"web\" not found" },
        { ApiErrors.NotFound("apps", "deployments", "web"), 404, StatusReason.NotFound, "deployments.apps \"web\" not found" },
        { ApiErrors.AlreadyExists("", "configmaps", "cfg"), 409, StatusReason.AlreadyExists, "configmaps \"cfg\" already exists" },
        { ApiErrors.GenerateNameConflict("", "pods", "web-abcde", 1), 409, StatusReason.AlreadyExists, "pods \"web-abcde\" already exists, the server was not able to generate a unique name for the object" },
        { ApiErrors.Conflict("apps", "deployments", "web", "the object has been modified; please apply your changes to the latest version and try again"), 409, StatusReason.Conflict, "Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again" },
        { ApiErrors.Forbidden("", "pods", "web", "User \"bob\" cannot get resource \"pods\""), 403, StatusReason.Forbidden, "pods \"web\" is forbidden: User \"bob\" cannot get resource \"pods\"" },
        { ApiErrors.Forbidden("", "pods", "", "nope"), 403, StatusReason.Forbidden, "pods is forbidden: nope" },
        { ApiErrors.Forbidden("", "", "", "nope"), 403, StatusReason.Forbidden, "forbidden: nope" },
        { ApiErrors.Unauthorized(""), 401, StatusReason.Unauthorized, "not authorized" },
        { ApiErrors.BadRequest("bad"), 400, StatusReason.BadRequest, "bad" },
        { ApiErrors.Gone("too old"), 410, StatusReason.Gone, "too old" },
        { ApiErrors.ResourceExpired("too old resource version: 1 (2)"), 410, StatusReason.Expired, "too old resource version: 1 (2)" },
        { ApiErrors.MethodNotSupported("", "bindings", "list"), 405, StatusReason.MethodNotAllowed, "list is not supported on resources of kind \"bindings\"" },
        { ApiErrors.InternalError("boom"), 500, StatusReason.InternalError, "Internal error occurred: boom" },
        { ApiErrors.Timeout("slow", 1), 504, StatusReason.Timeout, "Timeout: slow" },
        { ApiErrors.TooManyRequestsError("slow down"), 429, StatusReason.TooManyRequests, "Too many requests: slow down" },
        { ApiErrors.RequestEntityTooLarge("limit is 3145728"), 413, StatusReason.RequestEntityTooLarge, "Request entity too large: limit is 3145728" },
        { ApiErrors.ServerTimeout("", "pods", "create", 2), 500, StatusReason.ServerTimeout, "The create operation against pods could not be completed at this time, please try again." },
        { ApiErrors.GenericServerResponse(422, "", "", "", "", "x", 0, false), 422, StatusReason.Invalid, "the server rejected our request due to an error in our request" },
        { ApiErrors.GenericServerResponse(415, "PATCH", "", "pods", "web", "the body of the request was in an unknown format", 0, false), 415, StatusReason.UnsupportedMediaType, "the body of the request was in an unknown format (patch pods web)" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Factory_BuildsUpstreamStatus(ApiException error, int code, string reason, string message)
    {
        Assert.Equal(code, error.Code);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(message, error.Message);
        Assert.Equal(message, error.Status.Message);
        Assert.Equal(("Status", "v1", "Failure"), (error.Status.Kind, error.Status.ApiVersion, error.Status.Result));
    }

    [Fact]
    public void NotFound_DetailsNameTheResource()
    {
        var details = ApiErrors.NotFound("apps", "deployments", "web").Status.Details!;

        Assert.Equal(("apps", "deployments", "web"), (details.Group, details.Kind, details.Name));
    }

    [Fact]
    public void Invalid_CarriesOneCausePerFieldError()
    {
        var errors = new FieldErrorList
        {
            FieldError.Required(FieldPath.New("spec", "containers").Index(0).Child("image")),
            FieldError.Invalid(FieldPath.New("spec", "replicas"), -1, "must be greater than or equal to 0"),
        };

        var error = ApiErrors.Invalid("apps", "Deployment", "web", errors);

        Assert.Equal(422, error.Code);
        Assert.Equal("Deployment.apps \"web\" is invalid: [spec.containers[0].image: Required value, spec.replicas: Invalid value: -1: must be greater than or equal to 0]", error.Message);
        var causes = error.Status.Details!.Causes!;
        Assert.Equal(("FieldValueRequired", "Required value", "spec.containers[0].image"), (causes[0].Type, causes[0].Message, causes[0].Field));
        Assert.Equal(("FieldValueInvalid", "Invalid value: -1: must be greater than or equal to 0", "spec.replicas"), (causes[1].Type, causes[1].Message, causes[1].Field));
        Assert.Equal(("apps", "Deployment", "web"), (error.Status.Details.Group, error.Status.Details.Kind, error.Status.Details.Name));
    }

    [Fact]
    public void Invalid_CoreKind_HasNoGroupSuffix()
    {
        var error = ApiErrors.Invalid("", "Pod", "web", [FieldError.Required(FieldPath.New("spec", "containers"))]);

        Assert.Equal("Pod \"web\" is invalid: spec.containers: Required value", error.Message);
    }

    [Fact]
    public void ApplyConflict_Is409WithFieldManagerCauses()
    {
        var conflict = new ApplyConflict(new ManagerIdentifier("alice", "Apply", null, null).Encode(), [PathElement.Field("spec"), PathElement.Field("replicas")]);

        var error = ApiErrors.ApplyConflict([conflict]);

        Assert.Equal((409, StatusReason.Conflict), (error.Code, error.Reason));
        Assert.Equal("Apply failed with 1 conflict: conflict with \"alice\": .spec.replicas", error.Message);
        var cause = Assert.Single(error.Status.Details!.Causes!);
        Assert.Equal(("FieldManagerConflict", "conflict with \"alice\"", ".spec.replicas"), (cause.Type, cause.Message, cause.Field));
    }

    [Theory]
    [InlineData(PatchErrorKind.BadRequest, 400, "BadRequest", "invalid patch format of retainKeys")]
    [InlineData(PatchErrorKind.Unprocessable, 422, "Invalid", "the server rejected our request due to an error in our request")]
    [InlineData(PatchErrorKind.Internal, 500, "", "invalid patch format of retainKeys")]
    public void FromPatch_MapsKindToUpstreamStatus(PatchErrorKind kind, int code, string reason, string message)
    {
        var error = ApiErrors.FromPatch(new PatchException("invalid patch format of retainKeys", kind));

        Assert.Equal((code, reason, message), (error.Code, error.Reason, error.Message));
    }

    [Fact]
    public void Predicates_MatchReasonOrCodeForUnknownReasons()
    {
        Assert.True(ApiErrors.IsNotFound(ApiErrors.NotFound("", "pods", "x")));
        Assert.False(ApiErrors.IsNotFound(ApiErrors.AlreadyExists("", "pods", "x")));
        Assert.True(ApiErrors.IsConflict(new ApiException(new Status { Code = 409, Reason = "SomethingNew" })));
        Assert.False(ApiErrors.IsConflict(ApiErrors.AlreadyExists("", "pods", "x")));
        Assert.True(ApiErrors.IsAlreadyExists(ApiErrors.AlreadyExists("", "pods", "x")));
        Assert.True(ApiErrors.IsInvalid(ApiErrors.Invalid("", "Pod", "x", [])));
        Assert.True(ApiErrors.IsResourceExpired(ApiErrors.ResourceExpired("old")));
        Assert.True(ApiErrors.IsTooManyRequests(new ApiException(new Status { Code = 429, Reason = StatusReason.Forbidden })));
        Assert.False(ApiErrors.IsNotFound(new InvalidOperationException()));
    }
}
