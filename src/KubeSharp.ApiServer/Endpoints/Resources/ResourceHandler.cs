using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints.Decoding;
using KubeSharp.ApiServer.Endpoints.Negotiation;
using KubeSharp.ApiServer.Registry;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.ApiServer.Request;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

/// <summary>
/// The REST endpoints of every served resource (upstream's endpoint installer and handlers): it finds the
/// resource's store from the request info and dispatches by verb and subresource to get, list, watch, create,
/// update, patch, delete and deletecollection.
/// </summary>
public sealed partial class ResourceHandler(StoreRegistry stores, TimeProvider time, RequestBodyDecoders decoders) : IRequestHandler
{
    public async Task HandleAsync(HttpContext context)
    {
        var info = context.GetRequestInfo();
        var store = stores.Find(info.ApiGroup, info.ApiVersion, info.Resource)
            ?? throw StatusError.NotFound("the server could not find the requested resource");
        var mapping = store.Mapping;
        var ns = info.Namespace;
        if (!mapping.Namespaced)
        {
            // /api/v1/namespaces/NAME parses with namespace NAME; any other cluster-scoped resource under a
            // namespace path does not exist.
            if (ns.Length > 0 && !(mapping.Kind.Group.Length == 0 && mapping.Resource == "namespaces" && info.Parts.Count <= 3 && info.Parts[0] == "namespaces"))
            {
                throw StatusError.NotFound("the server could not find the requested resource");
            }

            ns = "";
        }
        else if (ns.Length == 0 && info.Verb is not ("list" or "watch"))
        {
            throw info.Name.Length == 0
                ? StatusError.MethodNotAllowed("the server does not allow this method on the requested resource")
                : StatusError.NotFound("the server could not find the requested resource");
        }

        if (info.Parts.Count > 3)
        {
            throw StatusError.NotFound("the server could not find the requested resource");
        }

        var convertor = stores.ConvertorFor(store.Resource);
        switch (info.Subresource)
        {
            case "":
                await HandleMainAsync(context, info, store, ns, convertor);
                return;
            case "binding" when mapping.Kind.Group.Length == 0 && mapping.Resource == "pods":
                await BindAsync(context, info, store, ns);
                return;
            case "scale" when !store.Custom && mapping.FindSubresource("scale") is not null:
                await HandleScaleAsync(context, info, store, ns);
                return;
            case "status" when store.Strategy.Status is { } statusStrategy:
                await HandleStatusAsync(context, info, store, ns, statusStrategy, convertor);
                return;
            default:
                throw mapping.FindSubresource(info.Subresource) is null
                    ? StatusError.NotFound("the server could not find the requested resource")
                    : StatusError.MethodNotAllowed($"the server does not allow this method on the requested resource");
        }
    }

    private async Task HandleMainAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, Endpoints.Tables.ITableConvertor convertor)
    {
        switch (info.Verb)
        {
            case "get":
                await GetAsync(context, info, store, ns, convertor);
                break;
            case "list":
                await ListAsync(context, info, store, ns, convertor);
                break;
            case "watch":
                await WatchAsync(context, info, store, ns, convertor);
                break;
            case "create":
                await CreateAsync(context, store, ns, convertor);
                break;
            case "update":
                await UpdateAsync(context, info, store, ns, store.Strategy, "", convertor);
                break;
            case "patch":
                await PatchAsync(context, info, store, ns, store.Strategy, "", convertor);
                break;
            case "delete":
                await DeleteAsync(context, info, store, ns, convertor);
                break;
            case "deletecollection":
                await DeleteCollectionAsync(context, info, store, ns, convertor);
                break;
            default:
                throw StatusError.MethodNotAllowed("the server does not allow this method on the requested resource");
        }
    }

    private async Task HandleStatusAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, IRestStrategy strategy, Endpoints.Tables.ITableConvertor convertor)
    {
        switch (info.Verb)
        {
            case "get":
                await GetAsync(context, info, store, ns, convertor);
                break;
            case "update":
                await UpdateAsync(context, info, store, ns, strategy, "status", convertor);
                break;
            case "patch":
                await PatchAsync(context, info, store, ns, strategy, "status", convertor);
                break;
            default:
                throw StatusError.MethodNotAllowed("the server does not allow this method on the requested resource");
        }
    }

    private async Task GetAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var obj = await store.GetAsync(ns, info.Name, context.RequestAborted);
        await ResponseWriter.WriteObjectAsync(context, obj, 200, format, convertor, time);
    }

    private async Task ListAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var options = RequestOptions.List(context.Request.Query, store.Mapping.Kind.Group, store.Mapping.Kind.Kind);
        if (format.Shape == ResponseShape.Object && store.Cache is { } cache && cache.CanServeList(options))
        {
            var (items, revision) = await cache.ListCachedAsync(ns, options, context.RequestAborted);
            await ResponseWriter.WriteCachedListAsync(context, store.Mapping, items, revision);
            return;
        }

        var result = await store.ListAsync(ns, options, context.RequestAborted);
        await ResponseWriter.WriteListAsync(context, store.Mapping, result.Items, result.ResourceVersion, result.Continue, result.RemainingItemCount, format, convertor, time);
    }

    private async Task WatchAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var options = RequestOptions.List(context.Request.Query, store.Mapping.Kind.Group, store.Mapping.Kind.Kind);
        if (info.Name.Length > 0 && info.Parts.Count >= 2)
        {
            // /watch/namespaces/NS/RESOURCE/NAME: a watch of one object.
            options = options with { FieldSelector = Machinery.Fields.FieldSelector.And(options.FieldSelector, Machinery.Fields.FieldSelector.OneTermEqual("metadata.name", info.Name)) };
        }

        var cache = store.Cache ?? throw StatusError.InternalError("the watch cache is not running");
        var watcher = await cache.WatchAsync(ns, options, context.RequestAborted);
        await WatchStreamer.StreamAsync(context, watcher, store.Mapping, format, convertor, options.Timeout, time);
    }

    private async Task CreateAsync(HttpContext context, ResourceStore store, string ns, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var options = RequestOptions.Write(context.Request.Query);
        var validation = RequestOptions.Validation(context.Request.Query);
        var body = await BodyReader.ReadObjectJsonAsync(context, decoders, store.Mapping);
        var warnings = new List<string>();
        var obj = ObjectDecoder.Decode(body, store.Mapping, validation, typed: !store.Custom, warnings);
        if (store.Managed is { } managed)
        {
            obj = managed.Update(null, obj, Manager(context, options), "");
        }

        var created = await store.CreateAsync(ns, obj, options, context.RequestAborted);
        ResponseWriter.AddWarnings(context, warnings);
        await ResponseWriter.WriteObjectAsync(context, created, 201, format, convertor, time);
    }

    private async Task UpdateAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, IRestStrategy strategy, string subresource, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var options = RequestOptions.Write(context.Request.Query);
        var validation = RequestOptions.Validation(context.Request.Query);
        var body = await BodyReader.ReadObjectJsonAsync(context, decoders, store.Mapping);
        var warnings = new List<string>();
        var obj = ObjectDecoder.Decode(body, store.Mapping, validation, typed: !store.Custom, warnings);
        var bodyName = ObjectMetadata.Name(obj);
        if (bodyName.Length == 0)
        {
            ObjectMetadata.SetString(obj, "name", info.Name);
        }
        else if (bodyName != info.Name)
        {
            throw StatusError.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({info.Name})");
        }

        var manager = Manager(context, options);
        JsonObject Compute(JsonObject? existing) =>
            store.Managed is { } managed ? managed.Update(existing, obj.DeepClone().AsObject(), manager, subresource) : obj.DeepClone().AsObject();

        var (updated, created) = await store.UpdateAsync(ns, info.Name, Compute, strategy, subresource, options, forceAllowCreate: false, allowUnconditional: false, context.RequestAborted);
        ResponseWriter.AddWarnings(context, warnings);
        await ResponseWriter.WriteObjectAsync(context, updated, created ? 201 : 200, format, convertor, time);
    }

    /// <summary>The field manager of a write: the fieldManager parameter, else the user agent's product (upstream's managerOrUserAgent).</summary>
    private static string Manager(HttpContext context, WriteOptions options) =>
        ManagedFields.ManagerOrUserAgent(options.FieldManager, context.Request.Headers.UserAgent.ToString());

    private async Task DeleteAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var options = await DeleteOptionsReader.ReadAsync(context);
        var (obj, deleted) = await store.DeleteAsync(ns, info.Name, options, context.RequestAborted);
        if (deleted)
        {
            await ResponseWriter.WriteDeletedStatusAsync(context, store.Resource, info.Name, ObjectMetadata.Uid(obj));
            return;
        }

        await ResponseWriter.WriteObjectAsync(context, obj, 200, format, convertor, time);
    }

    private async Task DeleteCollectionAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var options = await DeleteOptionsReader.ReadAsync(context);
        var listOptions = RequestOptions.List(context.Request.Query, store.Mapping.Kind.Group, store.Mapping.Kind.Kind);
        var deleted = await store.DeleteCollectionAsync(ns, listOptions, options, context.RequestAborted);
        var revision = await store.Storage.GetCurrentRevisionAsync(context.RequestAborted);
        await ResponseWriter.WriteListAsync(context, store.Mapping, deleted, revision, "", null, format, convertor, time);
    }
}
