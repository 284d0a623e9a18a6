using KubeSharp.ApiServer.Request;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Tests.Request;

public sealed class RequestInfoFactoryTests
{
    // The cases of upstream's requestinfo_test.go, expressed as (method, url) → expected parse.
    [Theory]
    [InlineData("GET", "/api/v1/namespaces", "list", "", "v1", "", "namespaces", "", "")]
    [InlineData("GET", "/api/v1/namespaces/other", "get", "", "v1", "other", "namespaces", "other", "")]
    [InlineData("GET", "/api/v1/namespaces/other/pods", "list", "", "v1", "other", "pods", "", "")]
    [InlineData("GET", "/api/v1/namespaces/other/pods/foo", "get", "", "v1", "other", "pods", "foo", "")]
    [InlineData("HEAD", "/api/v1/namespaces/other/pods/foo", "get", "", "v1", "other", "pods", "foo", "")]
    [InlineData("GET", "/api/v1/pods", "list", "", "v1", "", "pods", "", "")]
    [InlineData("GET", "/api/v1/namespaces/other/pods?watch=true", "watch", "", "v1", "other", "pods", "", "")]
    [InlineData("GET", "/api/v1/namespaces/other/pods?watch=false", "list", "", "v1", "other", "pods", "", "")]
    [InlineData("GET", "/api/v1/watch/namespaces/other/pods", "watch", "", "v1", "other", "pods", "", "")]
    [InlineData("GET", "/api/v1/watch/namespaces/other/pods/foo", "watch", "", "v1", "other", "pods", "foo", "")]
    [InlineData("GET", "/api/v1/namespaces/other/pods?fieldSelector=metadata.name%3Dfoo", "list", "", "v1", "other", "pods", "foo", "")]
    [InlineData("GET", "/api/v1/namespaces/other/pods?fieldSelector=metadata.name!%3Dfoo", "list", "", "v1", "other", "pods", "", "")]
    [InlineData("POST", "/api/v1/namespaces/other/pods", "create", "", "v1", "other", "pods", "", "")]
    [InlineData("PUT", "/api/v1/namespaces/other/pods/foo", "update", "", "v1", "other", "pods", "foo", "")]
    [InlineData("PATCH", "/api/v1/namespaces/other/pods/foo", "patch", "", "v1", "other", "pods", "foo", "")]
    [InlineData("DELETE", "/api/v1/namespaces/other/pods/foo", "delete", "", "v1", "other", "pods", "foo", "")]
    [InlineData("DELETE", "/api/v1/namespaces/other/pods", "deletecollection", "", "v1", "other", "pods", "", "")]
    [InlineData("GET", "/api/v1/namespaces/other/pods/foo/log", "get", "", "v1", "other", "pods", "foo", "log")]
    [InlineData("PUT", "/api/v1/namespaces/other/pods/foo/status", "update", "", "v1", "other", "pods", "foo", "status")]
    [InlineData("PUT", "/api/v1/namespaces/other/finalize", "update", "", "v1", "other", "namespaces", "other", "finalize")]
    [InlineData("PUT", "/api/v1/namespaces/other/status", "update", "", "v1", "other", "namespaces", "other", "status")]
    [InlineData("GET", "/api/v1/proxy/namespaces/other/pods/foo/some/path", "proxy", "", "v1", "other", "pods", "foo", "")]
    [InlineData("GET", "/apis/apps/v1/namespaces/other/deployments/foo/scale", "get", "apps", "v1", "other", "deployments", "foo", "scale")]
    [InlineData("GET", "/apis/apps/v1/deployments", "list", "apps", "v1", "", "deployments", "", "")]
    [InlineData("GET", "/apis/rbac.authorization.k8s.io/v1/clusterroles/admin", "get", "rbac.authorization.k8s.io", "v1", "", "clusterroles", "admin", "")]
    public void Parse_ResourcePaths_MatchUpstream(
        string method, string url, string verb, string group, string version, string ns, string resource, string name, string subresource)
    {
        var (path, query) = Split(url);

        var info = RequestInfoFactory.Parse(method, path, query);

        Assert.True(info.IsResourceRequest);
        Assert.Equal(verb, info.Verb);
        Assert.Equal(group, info.ApiGroup);
        Assert.Equal(version, info.ApiVersion);
        Assert.Equal(ns, info.Namespace);
        Assert.Equal(resource, info.Resource);
        Assert.Equal(name, info.Name);
        Assert.Equal(subresource, info.Subresource);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/api")]
    [InlineData("GET", "/api/v1")]
    [InlineData("GET", "/apis")]
    [InlineData("GET", "/apis/apps")]
    [InlineData("GET", "/apis/apps/v1")]
    [InlineData("GET", "/healthz")]
    [InlineData("POST", "/version")]
    [InlineData("GET", "/api/v1/watch")]
    [InlineData("GET", "/openapi/v2")]
    public void Parse_NonResourcePaths_UseLowerCaseMethodAsVerb(string method, string path)
    {
        var info = RequestInfoFactory.Parse(method, path, new QueryCollection());

        Assert.False(info.IsResourceRequest);
        Assert.Equal(method.ToLowerInvariant(), info.Verb);
        Assert.Equal(path, info.Path);
    }

    private static (string Path, IQueryCollection Query) Split(string url)
    {
        var index = url.IndexOf('?', StringComparison.Ordinal);
        return index < 0
            ? (url, new QueryCollection())
            : (url[..index], new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[index..])));
    }
}
