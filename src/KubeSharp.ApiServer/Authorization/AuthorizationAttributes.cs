using KubeSharp.ApiServer.Authentication;
using KubeSharp.ApiServer.Request;

namespace KubeSharp.ApiServer.Authorization;

/// <summary>What an authorizer decides on (upstream's <c>authorizer.Attributes</c>): a user and a request.</summary>
public sealed record AuthorizationAttributes(UserInfo User, RequestInfo Request);
