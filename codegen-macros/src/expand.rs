//! Model → tokens. Pure and infallible: everything that could be wrong was reported before this runs.
//!
//! Per endpoint it emits data and three short methods (`validate`, `encode`, `decode`); the request pipeline itself
//! is one generic function in the runtime, so hundreds of endpoints stay cheap to compile.
//!
//! Every generated function is `#[inline]`. That is not about run-time speed: a non-generic function without it is
//! compiled to machine code in the crate that defines it whether anyone calls it or not, and `decode`/`encode`
//! pull serde's (de)serializers for every type in with them. With it, code generation happens in the crate that
//! makes the call, for the operations it calls (what generic code already gets); see BENCHMARKS.md.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::Value;
use spec_core::model::{
    Collection, CredentialScope, Encoding, Endpoint, Field, Number, Param, ParamIn, Request,
    Response, Rules, Schema, Service, Status, Ty, TypeDef, Variant,
};

/// What one spec file contributes.
pub struct ServiceOut<'a> {
    pub service: &'a Service,
    /// The file's path as `include_str!` (and `__spec_json!`) resolve it from the invoking file.
    pub include: String,
}

/// How the expansion is used (macro flags after the path).
#[derive(Clone, Copy, Default)]
pub struct Mode {
    /// Outside `generated-client`: no `Client::<service>()` methods (a foreign crate cannot add inherent methods),
    /// and request types always deserialize (contract checks build them from examples).
    pub standalone: bool,
    /// A folder whose services each sit behind a cargo feature of their name: expands to one cfg-gated call per
    /// file ([`expand_feature_index`]).
    pub features: bool,
    /// One file of such a folder: its module (and `Client` method), without the index of services.
    pub feature_file: bool,
}

pub fn expand(services: &[ServiceOut<'_>], mode: Mode) -> TokenStream {
    let p = private();
    let modules = services.iter().map(|s| expand_service(s, mode.standalone));
    let accessors = services.iter().map(|s| {
        let m = ident(&s.service.name);
        let handle = ident(&handle_name(&s.service.name));
        let doc = doc_attr(&format!(
            "Calls of {} ([`{}`]).",
            service_title(s.service),
            s.service.name
        ));
        quote! {
            #doc
            #[inline]
            pub fn #m(&self) -> #m::#handle {
                #m::#handle::new(self)
            }
        }
    });
    let client_impl = (!mode.standalone).then(|| {
        quote! {
            impl #p::Client {
                #(#accessors)*
            }
        }
    });
    let index = (!mode.feature_file).then(|| {
        let metas = services.iter().map(|s| {
            let m = ident(&s.service.name);
            quote!(&#m::SERVICE)
        });
        services_index(quote!(#(#metas),*))
    });
    let includes = services.iter().map(|s| {
        let path = &s.include;
        quote!(
            const _: &str = ::core::include_str!(#path);
        )
    });
    quote! {
        #(#modules)*
        #client_impl
        #index
        #(#includes)*
    }
}

/// `generate!(dir, features)`: per file, a `generate!` of that file alone under `#[cfg(feature = "<stem>")]`, which
/// rustc strips before expanding when the feature is off; then the index of the services that are on.
pub fn expand_feature_index(
    files: &[spec_core::load::Listed],
    mode: Mode,
    span: Span,
) -> TokenStream {
    let p = private();
    let standalone = mode.standalone.then(|| quote!(, standalone));
    let runtime = RUNTIME.with(|r| r.borrow().as_ref().map(|path| quote!(, crate = #path)));
    let calls = files.iter().map(|f| {
        let stem = &f.stem;
        // The literal keeps the folder literal's span, so the file's errors point at the user's `generate!`.
        let mut literal = proc_macro2::Literal::string(&f.literal);
        literal.set_span(span);
        quote! {
            #[cfg(feature = #stem)]
            #p::generate!(#literal, __feature_file #standalone #runtime);
        }
    });
    let metas = files.iter().map(|f| {
        let stem = &f.stem;
        let m = ident(stem);
        quote!(#[cfg(feature = #stem)] &#m::SERVICE)
    });
    let index = services_index(quote!(#(#metas),*));
    quote! {
        #(#calls)*
        #index
    }
}

/// In place of the services of a spec with errors: the errors (`compile_error!`s) inside a module of the first
/// service's name, the other names as aliases of it, each module with a `SERVICE` without operations (which a
/// `features` folder's index names), and, unless `index` is false, an empty `SERVICES`. rustc reports no failed lookup
/// into a module that holds a `compile_error!`, nor an import from it, so the user's `use widgets::Widget;` and
/// calls add nothing to the spec's own errors. `names` are the modules the spec would define, as far as it could be
/// read (invalid names left out); without any, the errors stand alone.
pub fn expand_error_stubs(names: &[String], errors: TokenStream, index: bool) -> TokenStream {
    let p = private();
    let names: Vec<&String> = names
        .iter()
        .filter(|n| spec_core::names::is_snake_ident(n))
        .collect();
    let modules = match names.split_first() {
        None => errors,
        Some((first, rest)) => {
            let m = ident(first);
            let aliases = rest.iter().map(|n| {
                let alias = ident(n);
                quote!(#[doc(hidden)] pub use self::#m as #alias;)
            });
            quote! {
                #[doc(hidden)]
                pub mod #m {
                    #errors
                    pub static SERVICE: #p::ServiceMeta = #p::ServiceMeta {
                        name: #first,
                        host: "",
                        spec_json: "",
                        operations: &[],
                        contracts: &[],
                    };
                }
                #(#aliases)*
            }
        }
    };
    let index = index.then(|| services_index(TokenStream::new()));
    quote!(#modules #index)
}

fn services_index(metas: TokenStream) -> TokenStream {
    let p = private();
    quote! {
        /// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
        /// and `ClientBuilder::services`.
        pub static SERVICES: #p::Services = #p::Services::new(&[#metas]);
    }
}

thread_local! {
    /// The runtime's path for the expansion running on this thread (`generate!(…, crate = path)`), set by
    /// [`with_runtime`]; `None`: `::generated_client`.
    static RUNTIME: std::cell::RefCell<Option<TokenStream>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` (an expansion) with every generated path into the runtime going through `runtime` instead of
/// `::generated_client`: what `generate!(…, crate = path)` asks for, when the user's crate renamed its dependency
/// or reaches the runtime through a crate of its own.
pub fn with_runtime<R>(runtime: Option<&syn::Path>, f: impl FnOnce() -> R) -> R {
    struct Reset(Option<TokenStream>);
    impl Drop for Reset {
        fn drop(&mut self) {
            let previous = self.0.take();
            RUNTIME.with(|r| *r.borrow_mut() = previous);
        }
    }
    let previous = RUNTIME.with(|r| r.replace(runtime.map(|p| quote!(#p))));
    let _reset = Reset(previous);
    f()
}

/// `<runtime>::__private`: the only way generated code names runtime items.
pub(crate) fn private() -> TokenStream {
    RUNTIME.with(|r| match &*r.borrow() {
        Some(runtime) => quote!(#runtime::__private),
        None => quote!(::generated_client::__private),
    })
}

/// The runtime's path as the generated docs write it, for links and examples: `generated_client`, or the
/// `crate = path` given (`::rt` → `rt`: doc links resolve a crate name without the leading `::`).
pub(crate) fn runtime_doc_path() -> String {
    RUNTIME.with(|r| match &*r.borrow() {
        Some(runtime) => runtime
            .to_string()
            .replace(' ', "")
            .trim_start_matches("::")
            .to_owned(),
        None => "generated_client".to_owned(),
    })
}

fn handle_name(service: &str) -> String {
    spec_core::names::handle_name(service)
}

fn expand_service(out: &ServiceOut<'_>, standalone: bool) -> TokenStream {
    let s = out.service;
    let p = private();
    let m = ident(&s.name);
    let mut doc = clean(&s.title);
    if let Some(d) = &s.description {
        doc.push_str("\n\n");
        doc.push_str(&clean(d));
    }
    let mod_doc = doc_attr(&doc);
    let uses = type_uses(s);
    let types = s
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| expand_type(s, t, uses.get(i).map_or(&[][..], Vec::as_slice)));
    let endpoints = s.endpoints.iter().map(|e| expand_endpoint(s, e));
    let handle = ident(&handle_name(&s.name));
    let calls = s.endpoints.iter().map(|e| expand_call(s, e, standalone));
    let handle_doc = doc_attr(&format!(
        "Calls of {} through a `Client` (a clone of it, so the handle can be stored or moved into a task).",
        service_title(s)
    ));
    let name = &s.name;
    let host = s.host_template();
    let include = &out.include;
    let reqs: Vec<Ident> = s
        .endpoints
        .iter()
        .map(|e| ident(&e.request_type()))
        .collect();
    let ops = reqs.iter().map(|r| quote!(<#r as #p::Operation>::META));
    // A download has no equality: its operation's check compares the bytes instead.
    let contracts = s.endpoints.iter().zip(&reqs).map(|(e, r)| {
        if e.streamed_statuses().is_empty() {
            quote!(#p::contract::<#r> as #p::ContractFn)
        } else {
            quote!(#p::contract_download::<#r> as #p::ContractFn)
        }
    });
    quote! {
        #mod_doc
        pub mod #m {
            #(#types)*
            #(#endpoints)*

            #handle_doc
            #[derive(Debug, Clone)]
            pub struct #handle(#p::Handle);

            impl #handle {
                /// Calls of this service through `client` (a clone of it: the handle and its calls borrow nothing).
                #[inline]
                pub fn new(client: &#p::Client) -> Self {
                    Self(#p::Handle::new(client))
                }

                /// Applies per-call options (timeout, retries, extra headers) to the calls made through this handle.
                #[inline]
                pub fn with_options(self, options: #p::CallOptions) -> Self {
                    Self(self.0.with_options(options))
                }

                #(#calls)*
            }

            #p::if_mock! {
                const CONTRACTS: &[#p::ContractFn] = &[#(#contracts),*];
            }
            #p::unless_mock! {
                const CONTRACTS: &[#p::ContractFn] = &[];
            }

            /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
            /// and `ClientBuilder::services`.
            pub static SERVICE: #p::ServiceMeta = #p::ServiceMeta {
                name: #name,
                host: #host,
                spec_json: #p::spec_json!(#p::__spec_json!(#include)),
                operations: &[#(#ops),*],
                contracts: CONTRACTS,
            };
        }
    }
}

// ---------------------------------------------------------------------------------------------------------- types

/// "the GES service", or "the Widget Service" for a title that already says it.
fn service_title(s: &Service) -> String {
    let title = clean(&s.title);
    if title.to_ascii_lowercase().ends_with("service") {
        format!("the {title}")
    } else {
        format!("the {title} service")
    }
}

/// Per type of the service, where the spec uses it directly, for the docs of types the spec does not describe:
/// "`ShowThing` response 200", "field `owner` of [`Thing`]".
fn type_uses(s: &Service) -> Vec<Vec<String>> {
    let mut uses = vec![Vec::new(); s.types.len()];
    let mut add = |schema: &Schema, what: String| {
        if let Some(id) = spec_core::build::named_in(schema)
            && let Some(list) = uses.get_mut(id.0)
            && !list.contains(&what)
        {
            list.push(what);
        }
    };
    for e in &s.endpoints {
        for prm in &e.params {
            add(
                &prm.schema,
                format!("`{}` parameter `{}`", e.operation, prm.wire),
            );
        }
        if let Some(r) = &e.request {
            add(&r.body, format!("`{}` request body", e.operation));
        }
        for r in &e.responses {
            if let Some(b) = &r.body {
                add(b, format!("`{}` response {}", e.operation, r.status.key()));
            }
        }
    }
    for t in &s.types {
        if let Ty::Struct { fields } = &t.schema.ty {
            for f in fields {
                add(&f.schema, format!("field `{}` of [`{}`]", f.wire, t.name));
            }
        }
    }
    uses
}

fn expand_type(s: &Service, t: &TypeDef, uses: &[String]) -> TokenStream {
    let name = ident(&t.name);
    let fallback = match uses {
        [] => format!("`{}`", t.name),
        _ => {
            const SHOWN: usize = 6;
            let mut text = format!("Used as: {}", uses[..uses.len().min(SHOWN)].join(", "));
            if uses.len() > SHOWN {
                text.push_str(&format!(", and {} more", uses.len() - SHOWN));
            }
            text.push('.');
            text
        }
    };
    let doc = doc_or(t.schema.description.as_deref(), &fallback);
    match &t.schema.ty {
        Ty::Enum { values } => expand_enum(t, &name, &doc, values),
        Ty::Struct { fields } => expand_struct(s, t, &name, &doc, fields),
        _ => {
            let ty = rust_ty(s, &t.schema);
            quote!(#doc pub type #name = #ty;)
        }
    }
}

fn expand_enum(t: &TypeDef, name: &Ident, doc: &TokenStream, variants: &[Variant]) -> TokenStream {
    let p = private();
    // Only the conversions a use of the enum needs, as for structs: each unused impl is a function rustc still
    // checks and keeps in memory.
    let from_json = json_reader(
        t,
        quote! {
            impl #p::FromJson for #name {
                #[inline]
                fn from_json(v: #p::JsonValue<'_>) -> #p::JsonResult<Self> {
                    #p::open_enum(v, Self::from_wire)
                }
            }
        },
    );
    let to_json = t.uses.request.then(|| {
        quote! {
            impl #p::ToJson for #name {
                #[inline]
                fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
                    #p::ToJson::to_json(self.as_str(), out)
                }
            }
        }
    });
    let param = t.uses.param.then(|| {
        quote! {
            impl #p::ParamValue for #name {
                #[inline]
                fn push_values(&self, out: &mut ::std::vec::Vec<::std::string::String>) {
                    out.push(self.as_str().to_owned());
                }
            }
        }
    });
    let from_header = t.uses.header.then(|| {
        quote! {
            impl #p::FromHeader for #name {
                #[inline]
                fn from_header(text: &str) -> ::core::result::Result<Self, ::std::string::String> {
                    ::core::result::Result::Ok(Self::from_wire(text))
                }
            }
        }
    });
    let validate = (t.uses.request || t.uses.param).then(|| {
        quote! {
            impl #p::Validate for #name {
                #[inline]
                fn validate(&self, v: &mut #p::Validator, _: &#p::Rules) {
                    v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
                }
            }
        }
    });
    let repr = if spec_core::model::is_large_enum(variants) {
        large_enum_repr(name, doc, variants)
    } else {
        enum_repr(name, doc, variants)
    };
    quote! {
        #repr

        impl ::core::fmt::Display for #name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::convert::From<&str> for #name {
            #[inline]
            fn from(s: &str) -> Self {
                Self::from_wire(s)
            }
        }

        #p::if_serde! {
            impl #p::serde::Serialize for #name {
                fn serialize<S: #p::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                    #p::serialize_str(self.as_str(), s)
                }
            }

            impl<'de> #p::serde::Deserialize<'de> for #name {
                fn deserialize<D: #p::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                    #p::deserialize_open_enum(d, Self::from_wire)
                }
            }
        }

        #from_json

        #to_json
        #param
        #from_header
        #validate
    }
}

/// An enum of up to [`spec_core::model::LARGE_ENUM`] values: a Rust enum with one variant per value and
/// `Unknown(String)`.
fn enum_repr(name: &Ident, doc: &TokenStream, variants: &[Variant]) -> TokenStream {
    let idents: Vec<Ident> = variants.iter().map(|v| ident(&v.rust)).collect();
    let wires: Vec<&str> = variants.iter().map(|v| v.wire.as_str()).collect();
    let docs = wires.iter().map(|w| doc_attr(&format!("`{w}`")));
    // Equality and hashing go by the wire value: one short function each instead of derived matches over every
    // variant, and `Unknown("en-us")` equals `EnUs`, as both are sent the same.
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum #name {
            #( #docs #idents, )*
            /// A value this version of the spec does not list; kept as received.
            Unknown(::std::string::String),
        }

        impl #name {
            /// Every value the spec lists.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];

            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #wires, )*
                    Self::Unknown(s) => s,
                }
            }

            /// Parses a wire value; a value the spec does not list becomes `Unknown`.
            #[inline]
            pub fn from_wire(s: &str) -> Self {
                match s {
                    #( #wires => Self::#idents, )*
                    _ => Self::Unknown(s.to_owned()),
                }
            }

            /// Whether the spec lists this value.
            #[inline]
            pub fn is_known(&self) -> bool {
                !::core::matches!(self, Self::Unknown(_))
            }
        }

        /// Values are equal when their wire values are.
        impl ::core::cmp::PartialEq for #name {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl ::core::cmp::Eq for #name {}

        impl ::core::hash::Hash for #name {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(self.as_str(), state)
            }
        }
    }
}

/// An enum of more than [`spec_core::model::LARGE_ENUM`] values: a struct with one associated constant per value.
/// rustc checks a `match` over an enum's variants in time quadratic in their number (20,000 values took over 20 s
/// to compile as an enum, 2 s as constants), so a large enum is a value (a variant index or the unknown text) and
/// every method reads tables instead of matching. Constants work in patterns, as variants do.
fn large_enum_repr(name: &Ident, doc: &TokenStream, variants: &[Variant]) -> TokenStream {
    let p = private();
    let consts = variants.iter().enumerate().map(|(i, v)| {
        let id = ident(&v.rust);
        let d = doc_attr(&format!("`{}`", v.wire));
        let i = i as u32;
        quote!(#d pub const #id: Self = Self(#p::LargeEnum::Known(#i));)
    });
    let wires = variants.iter().map(|v| v.wire.as_str());
    let names = variants.iter().map(|v| v.rust.as_str());
    let mut sorted: Vec<(&str, u32)> = variants
        .iter()
        .enumerate()
        .map(|(i, v)| (v.wire.as_str(), i as u32))
        .collect();
    sorted.sort_unstable();
    let sorted = sorted.iter().map(|(w, i)| quote!((#w, #i)));
    let large_doc = doc_attr(&format!(
        "With more than {} values, this is a struct with one constant per value rather than an enum: \
         `{name}::from_wire(text)` keeps an unlisted value, `is_known()` tells it apart.",
        spec_core::model::LARGE_ENUM
    ));
    quote! {
        #doc
        ///
        #large_doc
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct #name(#p::LargeEnum);

        #[allow(non_upper_case_globals)]
        impl #name {
            #(#consts)*

            /// Every value the spec lists.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];

            const NAMES: &'static [&'static str] = &[#(#names),*];

            const SORTED: &'static [(&'static str, u32)] = &[#(#sorted),*];

            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                self.0.as_str(Self::VALUES)
            }

            /// Parses a wire value; a value the spec does not list is kept as it is.
            #[inline]
            pub fn from_wire(s: &str) -> Self {
                Self(#p::LargeEnum::from_wire(s, Self::SORTED))
            }

            /// Whether the spec lists this value.
            #[inline]
            pub fn is_known(&self) -> bool {
                self.0.is_known()
            }
        }

        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                self.0.debug(Self::NAMES, f)
            }
        }
    }
}

/// `FromJson` (and its serde shim) of a type no response contains: only contract checks, which build requests from
/// the spec's examples, read one, so it is emitted inside `if_mock!`, which keeps it only when generated-client has
/// the `mock` feature (inside generated-client and in standalone expansions alike).
fn json_reader(t: &TypeDef, items: TokenStream) -> TokenStream {
    if t.uses.response {
        items
    } else {
        let p = private();
        quote!(#p::if_mock! { #items })
    }
}

fn expand_struct(
    s: &Service,
    t: &TypeDef,
    name: &Ident,
    doc: &TokenStream,
    fields: &[Field],
) -> TokenStream {
    let p = private();
    let decls = fields.iter().map(|f| {
        let fname = ident(&f.rust);
        let ty = field_ty(s, &f.schema, is_plain(s, f));
        let ty = if is_tri_state(s, f) {
            quote!(::core::option::Option<#ty>)
        } else {
            ty
        };
        let mut doc = match f
            .schema
            .description
            .as_deref()
            .filter(|d| !d.trim().is_empty())
        {
            Some(d) => clean(d),
            None => format!("`{}`", f.wire),
        };
        doc.push_str(&facts_doc(s, &f.schema, f.required));
        if is_tri_state(s, f) {
            doc.push_str(
                "\n\n`None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).",
            );
        }
        let doc = doc_attr(&doc);
        quote!(#doc pub #fname: #ty,)
    });
    // JSON goes through the runtime's `FromJson`/`ToJson` (one short function each) rather than serde derives, which
    // cost more to compile than everything else per type. The serde traits are shims over them, kept only with the
    // runtime's `serde` feature.
    let to_json = t.uses.request.then(|| {
        let writes = fields.iter().map(|f| {
            let fname = ident(&f.rust);
            let wire = &f.wire;
            if f.required {
                quote!(o.field(#wire, &self.#fname);)
            } else {
                quote!(o.opt(#wire, &self.#fname);)
            }
        });
        quote! {
            impl #p::ToJson for #name {
                #[inline]
                fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
                    let mut o = #p::JsonObject::begin(out);
                    #(#writes)*
                    o.end();
                }
            }
            #p::if_serde! {
                impl #p::serde::Serialize for #name {
                    #[inline]
                    fn serialize<S: #p::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                        #p::serialize_json(self, s)
                    }
                }
            }
        }
    });
    let from_json = {
        // One `Fields::read` per 12 fields (the largest tuple it takes), each slot typed by the field: `Option<T>`
        // may be absent. Far less code per struct than a call and a `?` per field. The reader is named with a
        // mixed-site span so that a field called `o` cannot shadow it.
        let o = Ident::new("o", Span::mixed_site());
        let locals: Vec<Ident> = fields.iter().map(|f| ident(&f.rust)).collect();
        let reads = fields
            .chunks(12)
            .zip(locals.chunks(12))
            .map(|(fields, locals)| {
                let wires = fields.iter().map(|f| &f.wire);
                quote!(let (#(#locals,)*) = #o.read([#(#wires),*])?;)
            });
        json_reader(
            t,
            quote! {
                impl #p::FromJson for #name {
                    #[inline]
                    fn from_json(v: #p::JsonValue<'_>) -> #p::JsonResult<Self> {
                        let mut #o = #p::Fields::new(v)?;
                        #(#reads)*
                        ::core::result::Result::Ok(Self { #(#locals),* })
                    }
                }
                #p::if_serde! {
                    impl<'de> #p::serde::Deserialize<'de> for #name {
                        #[inline]
                        fn deserialize<D: #p::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                            #p::deserialize_json(d)
                        }
                    }
                }
            },
        )
    };
    // Constructors and validation serve callers that build the value; response-only types get the constructor only
    // with the runtime's `test-util` feature, for tests that fake an output or an error body.
    let test_ctor = (!t.uses.request && !t.uses.multipart).then(|| {
        let ctor = constructor(
            s,
            fields.iter().map(|f| FieldLike::field(s, f)),
            &quote!(Self),
        );
        quote! {
            #p::if_test_util! {
                impl #name {
                    #ctor
                }
            }
        }
    });
    let builder = (t.uses.request || t.uses.multipart).then(|| {
        let ctor = constructor(
            s,
            fields.iter().map(|f| FieldLike::field(s, f)),
            &quote!(Self),
        );
        let validate = fields
            .iter()
            .filter_map(|f| validate_call(s, &f.wire, &f.rust, &f.schema))
            .collect::<Vec<_>>();
        // With nothing to check, the trait's empty default stands: one function less per type.
        let validate_fn = (!validate.is_empty()).then(|| {
            quote! {
                #[inline]
                fn validate(&self, v: &mut #p::Validator, _: &#p::Rules) {
                    #(#validate)*
                }
            }
        });
        quote! {
            impl #name {
                #ctor
            }
            impl #p::Validate for #name {
                #validate_fn
            }
        }
    });
    // A multipart body writes each field as a part: a file part for bytes, a text part (a parameter's text) for a
    // scalar.
    let to_multipart = t.uses.multipart.then(|| {
        let parts = fields.iter().map(|f| {
            let fname = ident(&f.rust);
            let wire = &f.wire;
            match (s.resolve(&f.schema).ty == Ty::Binary, is_plain(s, f)) {
                (true, true) => quote!(m.file(#wire, ::core::option::Option::Some(&self.#fname));),
                (true, false) => quote!(m.file(#wire, self.#fname.as_ref());),
                (false, _) => quote!(m.text(#wire, &self.#fname);),
            }
        });
        quote! {
            impl #p::ToMultipart for #name {
                #[inline]
                fn to_multipart(&self, m: &mut #p::Multipart) {
                    #(#parts)*
                }
            }
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub struct #name {
            #(#decls)*
        }
        #to_json
        #from_json
        #builder
        #test_ctor
        #to_multipart
    }
}

/// Required and not nullable: the Rust type of the field is `T`, not `Option<T>`.
pub(crate) fn is_plain(s: &Service, f: &Field) -> bool {
    f.required && !s.is_nullable(&f.schema)
}

/// An optional nullable property: `Option<Option<T>>`, where `None` is absent and `Some(None)` is `null`, so a
/// request can send `null` to clear a value and a response tells the two apart.
pub(crate) fn is_tri_state(s: &Service, f: &Field) -> bool {
    !f.required && s.is_nullable(&f.schema)
}

/// A struct field or request parameter, for the shared `new` + setters generator.
struct FieldLike<'a> {
    rust: &'a str,
    wire: &'a str,
    schema: &'a Schema,
    /// A `new(..)` argument.
    in_ctor: bool,
    /// `T` rather than `Option<T>`.
    plain: bool,
    /// `Option<Option<T>>`: the setter wraps the value twice.
    tri_state: bool,
    default: Option<&'a Value>,
    docs: Option<&'a str>,
}

impl<'a> FieldLike<'a> {
    fn field(s: &'a Service, f: &'a Field) -> Self {
        FieldLike {
            rust: &f.rust,
            wire: &f.wire,
            schema: &f.schema,
            in_ctor: f.required,
            plain: is_plain(s, f),
            tri_state: is_tri_state(s, f),
            default: s.sent_default(&f.schema),
            docs: f.schema.description.as_deref(),
        }
    }

    fn param(s: &'a Service, f: &'a Param) -> Self {
        FieldLike {
            rust: &f.rust,
            wire: &f.wire,
            schema: &f.schema,
            in_ctor: f.in_constructor(),
            plain: f.in_constructor(),
            tri_state: false,
            default: s.sent_default(&f.schema),
            docs: f.schema.description.as_deref(),
        }
    }
}

/// `new(required…)` plus one chaining setter per optional value; defaults the spec sends (`send_default`) start out set.
fn constructor<'a>(
    s: &Service,
    fields: impl Iterator<Item = FieldLike<'a>>,
    self_ty: &TokenStream,
) -> TokenStream {
    let mut args = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    for f in fields {
        let name = ident(f.rust);
        let inner = rust_ty(s, f.schema);
        // A string, or a named type that is one: `impl Into<String>`; bytes: `impl Into<Binary>`.
        let into = match s.resolve(f.schema).ty {
            Ty::String => Some(quote!(::std::string::String)),
            Ty::Binary => {
                let p = private();
                Some(quote!(#p::Binary))
            }
            _ => None,
        };
        let takes_into = into.is_some();
        let into = into.unwrap_or_default();
        if f.in_ctor {
            let arg_ty = match (takes_into, f.plain) {
                (true, true) => quote!(impl ::core::convert::Into<#into>),
                (false, true) => inner.clone(),
                (_, false) => quote!(::core::option::Option<#inner>),
            };
            args.push(quote!(#name: #arg_ty));
            inits.push(if takes_into && f.plain {
                quote!(#name: #name.into())
            } else {
                quote!(#name)
            });
        } else {
            let wrap = |e: TokenStream| {
                if f.tri_state {
                    quote!(::core::option::Option::Some(::core::option::Option::Some(#e)))
                } else {
                    quote!(::core::option::Option::Some(#e))
                }
            };
            let init = match f.default.and_then(|d| default_expr(s, f.schema, d)) {
                Some(e) => wrap(e),
                None => quote!(::core::option::Option::None),
            };
            inits.push(quote!(#name: #init));
            let doc = doc_attr(&match f.docs {
                Some(d) => format!("Sets `{}`: {}", f.wire, clean(d)),
                None => format!("Sets `{}`.", f.wire),
            });
            let (arg_ty, value) = if takes_into {
                (
                    quote!(impl ::core::convert::Into<#into>),
                    quote!(value.into()),
                )
            } else {
                (inner, quote!(value))
            };
            let value = wrap(value);
            setters.push(quote! {
                #doc
                #[inline]
                pub fn #name(mut self, value: #arg_ty) -> Self {
                    self.#name = #value;
                    self
                }
            });
        }
    }
    let allow = (args.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    quote! {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #allow
        #[inline]
        pub fn new(#(#args),*) -> #self_ty {
            Self { #(#inits),* }
        }
        #(#setters)*
    }
}

/// A spec default as a Rust expression of the value's type.
fn default_expr(s: &Service, schema: &Schema, v: &Value) -> Option<TokenStream> {
    Some(match (&schema.ty, v) {
        (Ty::String, Value::String(t)) => quote!(::std::string::String::from(#t)),
        (Ty::DateTime, Value::String(t)) => {
            let p = private();
            quote!(#p::DateTime::from(#t))
        }
        (Ty::DateTime, Value::Number(n)) => {
            let t = n.to_string();
            let p = private();
            quote!(#p::DateTime::from(#t))
        }
        (Ty::Boolean, Value::Bool(b)) => quote!(#b),
        (Ty::Int32, Value::Number(n)) => {
            let n = i32::try_from(n.as_i64()?).ok()?;
            quote!(#n)
        }
        (Ty::Int64, Value::Number(n)) => {
            let n = n.as_i64()?;
            quote!(#n)
        }
        (Ty::Number, Value::Number(n)) => {
            let n = n.as_f64()?;
            quote!(#n)
        }
        (Ty::Ref { id }, v) => {
            let def = s.type_def(*id)?;
            match (&def.schema.ty, v) {
                (Ty::Enum { .. }, Value::String(t)) => {
                    let name = ident(&def.name);
                    quote!(#name::from_wire(#t))
                }
                (Ty::Enum { .. } | Ty::Struct { .. }, _) => return None,
                _ => default_expr(s, &def.schema, v)?,
            }
        }
        _ => return None,
    })
}

/// `v.field(..)` for a value that has rules or contains a type that validates itself.
/// A value without rules of its own (only nested ones) passes `Rules::NONE` rather than a `const` of its own: each
/// `const` is one more item for rustc to check.
fn validate_call(s: &Service, wire: &str, rust: &str, schema: &Schema) -> Option<TokenStream> {
    let p = private();
    let name = ident(rust);
    let Some(rules) = rules_expr(s, schema) else {
        return contains_named(schema)
            .then(|| quote!(v.field(#wire, &self.#name, &#p::Rules::NONE);));
    };
    Some(quote! {
        {
            const RULES: #p::Rules = #rules;
            v.field(#wire, &self.#name, &RULES);
        }
    })
}

fn contains_named(schema: &Schema) -> bool {
    spec_core::build::named_in(schema).is_some()
}

/// The runtime's `Rules` for a value at `schema`: its constraints (and those of the types it names), and those of
/// its array items or map values; `None` when there are none at any level.
fn rules_expr(s: &Service, schema: &Schema) -> Option<TokenStream> {
    let p = private();
    let r: Rules = s.rules(schema);
    let mut parts = Vec::new();
    let u = |v: Option<u64>| v.map(|n| quote!(::core::option::Option::Some(#n)));
    let num = |v: Option<Number>| {
        v.map(|n| match n {
            Number::Int(i) => quote!(::core::option::Option::Some(#p::Number::Int(#i))),
            Number::Float(f) => quote!(::core::option::Option::Some(#p::Number::Float(#f))),
        })
    };
    if let Some(v) = u(r.min_length) {
        parts.push(quote!(min_length: #v));
    }
    if let Some(v) = u(r.max_length) {
        parts.push(quote!(max_length: #v));
    }
    if let Some(pat) = &r.pattern {
        parts.push(quote!(pattern: ::core::option::Option::Some(#pat)));
    }
    if let Some(v) = num(r.minimum) {
        parts.push(quote!(minimum: #v));
    }
    if let Some(v) = num(r.maximum) {
        parts.push(quote!(maximum: #v));
    }
    if let Some(v) = u(r.min_items) {
        parts.push(quote!(min_items: #v));
    }
    if let Some(v) = u(r.max_items) {
        parts.push(quote!(max_items: #v));
    }
    if let Some(values) = &r.int_enum {
        parts.push(quote!(int_enum: ::core::option::Option::Some(&[#(#values),*])));
    }
    // Items of an array and values of a map are checked with `items`, the keys of a map with `keys`.
    if let Ty::Array { items: inner } | Ty::Map { values: inner, .. } = &s.resolve(schema).ty
        && let Some(inner) = rules_expr(s, inner)
    {
        parts.push(quote!(items: ::core::option::Option::Some(&#inner)));
    }
    if let Ty::Map {
        keys: Some(keys), ..
    } = &s.resolve(schema).ty
        && let Some(keys) = rules_expr(s, keys)
    {
        parts.push(quote!(keys: ::core::option::Option::Some(&#keys)));
    }
    (!parts.is_empty()).then(|| quote!(#p::Rules { #(#parts,)* ..#p::Rules::NONE }))
}

pub(crate) fn rust_ty(s: &Service, schema: &Schema) -> TokenStream {
    let p = private();
    match &schema.ty {
        Ty::String => quote!(::std::string::String),
        Ty::Int32 => quote!(i32),
        Ty::Int64 => quote!(i64),
        Ty::Number => quote!(f64),
        Ty::Boolean => quote!(bool),
        Ty::DateTime => match date_layout(s, schema) {
            Some(layout) => quote!(#p::DateTime<#p::#layout>),
            None => quote!(#p::DateTime),
        },
        // Bytes a caller sends; a response body of bytes is a `ByteStream` (`response_ty`).
        Ty::Binary => quote!(#p::Binary),
        // `Struct` and `Enum` are only ever the schema of a named type, which uses refer to by `Ref`.
        Ty::Any | Ty::Struct { .. } | Ty::Enum { .. } => quote!(#p::serde_json::Value),
        Ty::Object => quote!(#p::serde_json::Map<::std::string::String, #p::serde_json::Value>),
        Ty::Array { items } => {
            let t = rust_ty(s, items);
            quote!(::std::vec::Vec<#t>)
        }
        Ty::JsonText { content } => {
            let t = rust_ty(s, content);
            quote!(#p::JsonText<#t>)
        }
        Ty::Map { values, .. } => {
            let t = rust_ty(s, values);
            quote!(::std::collections::BTreeMap<::std::string::String, #t>)
        }
        Ty::Ref { id } => {
            let name = s
                .type_def(*id)
                .map_or("UnresolvedType", |t| t.name.as_str());
            let name = ident(name);
            quote!(#name)
        }
    }
}

/// The runtime's layout marker of a `date-time` (`EpochMillis`); `None` for RFC 3339, `DateTime`'s default.
fn date_layout(s: &Service, schema: &Schema) -> Option<Ident> {
    use spec_core::model::DateFormat as F;
    let name = match s.date_format(schema) {
        F::Rfc3339 => return None,
        F::Naive => "Naive",
        F::Compact => "Compact",
        F::EpochSeconds => "EpochSeconds",
        F::EpochMillis => "EpochMillis",
        F::EpochSecondsString => "EpochSecondsString",
        F::EpochMillisString => "EpochMillisString",
    };
    Some(ident(name))
}

fn field_ty(s: &Service, schema: &Schema, plain: bool) -> TokenStream {
    let t = rust_ty(s, schema);
    if plain {
        t
    } else {
        quote!(::core::option::Option<#t>)
    }
}

// ------------------------------------------------------------------------------------------------------ endpoints

fn expand_endpoint(s: &Service, e: &Endpoint) -> TokenStream {
    let p = private();
    let req = ident(&e.request_type());
    let err = ident(&e.error_type());
    let req_doc = doc_attr(&request_doc(s, e));
    let param_fields = e.params.iter().map(|prm| {
        let name = ident(&prm.rust);
        let ty = field_ty(s, &prm.schema, prm.in_constructor());
        let mut doc = prm
            .schema
            .description
            .as_deref()
            .map(clean)
            .unwrap_or_else(|| format!("`{}`", prm.wire));
        doc.push_str(&format!(
            "\n\n{} parameter `{}`.",
            location_title(prm.location),
            prm.wire
        ));
        if let Some(key) = &prm.from_context {
            doc.push_str(&format!(" When unset, the client's `{key}` is used."));
        }
        doc.push_str(&facts_doc(s, &prm.schema, prm.required));
        match (s.sent_default(&prm.schema), s.default_value(&prm.schema)) {
            (Some(d), _) => doc.push_str(&format!(" Default: `{d}`, sent when unset.")),
            (None, Some(d)) => doc.push_str(&format!(
                " When unset, nothing is sent and the server uses `{d}`."
            )),
            (None, None) => {}
        }
        let doc = doc_attr(&doc);
        quote!(#doc pub #name: #ty,)
    });
    let body_field = e
        .request
        .as_ref()
        .filter(|b| !b.is_empty_object())
        .map(|b| {
            let name = ident(&b.rust);
            let ty = field_ty(s, &b.body, b.required);
            let doc = doc_or(b.description.as_deref(), "Request body.");
            quote!(#doc pub #name: #ty,)
        });
    let ctor = constructor(
        s,
        e.params
            .iter()
            .map(|prm| FieldLike::param(s, prm))
            .chain(body_like(e.request.as_ref())),
        &quote!(Self),
    );
    let output = output_ty(s, e);
    let output_enum = expand_output_enum(s, e);
    let output_structs = e
        .responses
        .iter()
        .filter_map(|r| expand_output_struct(s, e, r));
    let meta = operation_meta(s, e);
    let validate = e
        .params
        .iter()
        .filter_map(|prm| validate_call(s, &prm.wire, &prm.rust, &prm.schema))
        .chain(
            e.request
                .as_ref()
                .filter(|b| !b.is_empty_object())
                .and_then(|b| validate_call(s, &b.rust, &b.rust, &b.body)),
        )
        .collect::<Vec<_>>();
    let validate_fn = (!validate.is_empty()).then(|| {
        quote! {
            #[inline]
            fn validate(&self, v: &mut #p::Validator) {
                #(#validate)*
            }
        }
    });
    let encode = e
        .params
        .iter()
        .map(encode_param)
        .chain(e.request.as_ref().map(encode_body));
    let decode = e.responses.iter().map(|r| decode_arm(e, r));
    // Statuses the spec does not document; a `default` response documents them all.
    let fallback = (!e.responses.iter().any(|r| r.status == Status::Default))
        .then(|| quote!(_ => ::core::result::Result::Err(#err::Unhandled(r.unhandled())),));
    let error_enum = expand_error_enum(s, e);
    let from_example = expand_from_example(e);
    let paginate = crate::steps::expand_paginate(s, e);
    let wait = crate::steps::expand_wait(s, e);
    quote! {
        #req_doc
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub struct #req {
            #(#param_fields)*
            #body_field
        }

        impl #req {
            #ctor
        }

        impl #p::Operation for #req {
            type Output = #output;
            type Error = #err;
            const META: &'static #p::OperationMeta = &#meta;

            #validate_fn

            #[inline]
            fn encode(&self, r: &mut #p::RequestParts) {
                #(#encode)*
            }

            #[inline]
            fn decode(r: &#p::RawResponse) -> ::core::result::Result<::core::result::Result<Self::Output, Self::Error>, #p::DecodeError> {
                ::core::result::Result::Ok(match r.status() {
                    #(#decode)*
                    #fallback
                })
            }
        }

        #from_example
        #paginate
        #wait
        #output_enum
        #(#output_structs)*
        #error_enum
    }
}

/// Builds the request from the spec's examples, for the contract checks (compiled only with the runtime's `mock`
/// feature).
fn expand_from_example(e: &Endpoint) -> TokenStream {
    let p = private();
    let req = ident(&e.request_type());
    let params = e.params.iter().map(|prm| {
        let name = ident(&prm.rust);
        let wire = &prm.wire;
        quote!(#name: example.param(#wire)?,)
    });
    let body = e
        .request
        .as_ref()
        .filter(|b| !b.is_empty_object())
        .map(|b| {
            let name = ident(&b.rust);
            quote!(#name: example.body()?,)
        });
    quote! {
        #p::if_mock! {
            impl #p::FromExample for #req {
                #[inline]
                fn from_example(example: &#p::Example) -> ::core::result::Result<Self, ::std::string::String> {
                    ::core::result::Result::Ok(Self { #(#params)* #body })
                }
            }
        }
    }
}

fn body_like(b: Option<&Request>) -> Option<FieldLike<'_>> {
    let b = b.filter(|b| !b.is_empty_object())?;
    Some(FieldLike {
        rust: &b.rust,
        wire: &b.rust,
        schema: &b.body,
        in_ctor: b.required,
        plain: b.required,
        tri_state: false,
        default: None,
        docs: b.description.as_deref(),
    })
}

fn request_doc(s: &Service, e: &Endpoint) -> String {
    let handle = handle_name(&s.name);
    let mut doc = format!(
        "Request of [`{handle}::{}`]",
        e.rust_name.trim_start_matches("r#")
    );
    match &e.summary {
        Some(sum) => doc.push_str(&format!(": {}.", clean(sum))),
        None => doc.push('.'),
    }
    doc.push_str(&format!("\n\n`{} {}`", e.method, e.path));
    doc
}

fn location_title(l: ParamIn) -> &'static str {
    match l {
        ParamIn::Path => "Path",
        ParamIn::Query => "Query",
        ParamIn::Header => "Header",
    }
}

fn operation_meta(s: &Service, e: &Endpoint) -> TokenStream {
    let p = private();
    let (service, host, name, method, path) =
        (&s.name, s.host_template(), &e.operation, &e.method, &e.path);
    let scope = match s.credential_scope {
        CredentialScope::Project => quote!(Project),
        CredentialScope::Domain => quote!(Domain),
    };
    let content_type = match &e.request {
        Some(b) => {
            let ct = &b.content_type;
            quote!(::core::option::Option::Some(#ct))
        }
        None => quote!(::core::option::Option::None),
    };
    let streamed = e
        .streamed_statuses()
        .into_iter()
        .map(|(lo, hi)| quote!((#lo, #hi)));
    quote! {
        #p::OperationMeta {
            service: #service,
            host: #host,
            scope: #p::CredentialScope::#scope,
            name: #name,
            method: #method,
            path: #path,
            content_type: #content_type,
            streamed: &[#(#streamed),*],
        }
    }
}

fn encode_param(prm: &Param) -> TokenStream {
    let name = ident(&prm.rust);
    let wire = &prm.wire;
    let required = prm.required;
    match (prm.location, &prm.from_context) {
        (ParamIn::Path, Some(key)) => quote!(r.path_or_context(#wire, self.#name.as_ref(), #key);),
        (ParamIn::Path, None) => quote!(r.path(#wire, &self.#name);),
        (ParamIn::Query, Some(key)) => {
            quote!(r.query_or_context(#wire, self.#name.as_ref(), #key, #required);)
        }
        (ParamIn::Header, Some(key)) => {
            quote!(r.header_or_context(#wire, self.#name.as_ref(), #key, #required);)
        }
        (ParamIn::Query, _) if prm.collection == Collection::Csv => {
            quote!(r.query_csv(#wire, &self.#name);)
        }
        (ParamIn::Query, _) => quote!(r.query(#wire, &self.#name);),
        (ParamIn::Header, _) => quote!(r.header(#wire, &self.#name);),
    }
}

fn encode_body(b: &Request) -> TokenStream {
    let name = ident(&b.rust);
    let write = |v: TokenStream| match b.encoding {
        Encoding::Json => quote!(r.json(#v);),
        Encoding::Multipart => quote!(r.multipart(#v);),
        Encoding::Binary => quote!(r.binary(#v);),
        Encoding::Text => quote!(r.text(#v);),
    };
    match (b.is_empty_object(), b.required) {
        (true, _) => quote!(r.empty_json_object();),
        (false, true) => write(quote!(&self.#name)),
        (false, false) => {
            let write = write(quote!(body));
            quote! {
                if let ::core::option::Option::Some(body) = &self.#name {
                    #write
                }
            }
        }
    }
}

pub(crate) fn output_ty(s: &Service, e: &Endpoint) -> TokenStream {
    if let Some(name) = e
        .output_enum()
        .or_else(|| e.responses.iter().find_map(|r| e.output_struct(r)))
    {
        let name = ident(&name);
        return quote!(#name);
    }
    match success_body(e) {
        Some(ty) => response_ty(s, ty),
        None => quote!(()),
    }
}

/// The struct of a success response that declares headers: its body (as `body`) and one field per header, each
/// read from the header's text; a required header is a plain field, an optional one an `Option`.
fn expand_output_struct(s: &Service, e: &Endpoint, r: &Response) -> Option<TokenStream> {
    let name = ident(&e.output_struct(r)?);
    let body = r.body.as_ref().map(|b| {
        let ty = response_ty(s, b);
        quote!(
            /// The response body.
            pub body: #ty,
        )
    });
    let fields = r.headers.iter().map(|h| {
        let fname = ident(&h.rust);
        let ty = field_ty(s, &h.schema, h.required);
        let header = format!("Response header `{}`.", h.wire);
        let doc = doc_attr(&match h.schema.description.as_deref() {
            Some(d) if !d.trim().is_empty() => format!("{}\n\n{header}", clean(d)),
            _ => header,
        });
        quote!(#doc pub #fname: #ty,)
    });
    let doc = doc_attr(&format!(
        "Output of [`{}::{}`] with status {}: {}the response headers the spec declares.",
        handle_name(&s.name),
        e.rust_name.trim_start_matches("r#"),
        r.status.key(),
        if r.body.is_some() {
            "the body and "
        } else {
            ""
        }
    ));
    // A download is read once and compares with nothing: an output holding one is neither `Clone` nor `PartialEq`;
    // the contract checks read its download.
    let download = r.encoding == Encoding::Binary && r.body.is_some();
    let derives = if download {
        quote!(#[derive(Debug)])
    } else {
        quote!(#[derive(Debug, Clone, PartialEq)])
    };
    let download_output = download.then(|| {
        let p = private();
        quote! {
            #p::if_mock! {
                impl #p::DownloadOutput for #name {
                    #[inline]
                    fn into_download(self) -> ::core::option::Option<#p::ByteStream> {
                        ::core::option::Option::Some(self.body)
                    }
                }
            }
        }
    });
    Some(quote! {
        #doc
        #derives
        #[non_exhaustive]
        pub struct #name {
            #body
            #(#fields)*
        }
        #download_output
    })
}

/// What a success response decodes to: its output struct (body and headers), its body (read by `read`), or nothing.
fn success_payload(e: &Endpoint, r: &Response, read: &TokenStream) -> Option<TokenStream> {
    let Some(name) = e.output_struct(r) else {
        return r.body.as_ref().map(|_| read.clone());
    };
    let name = ident(&name);
    let body = r.body.as_ref().map(|_| quote!(body: #read,));
    let headers = r.headers.iter().map(|h| {
        let fname = ident(&h.rust);
        let wire = &h.wire;
        quote!(#fname: r.header_value(#wire)?,)
    });
    Some(quote!(#name { #body #(#headers)* }))
}

/// The Rust type of a response body: a download (`binary`) is a `ByteStream`.
fn response_ty(s: &Service, body: &Schema) -> TokenStream {
    if body.ty == Ty::Binary {
        let p = private();
        quote!(#p::ByteStream)
    } else {
        rust_ty(s, body)
    }
}

/// The body type of the (only) success status, if it has one.
fn success_body(e: &Endpoint) -> Option<&Schema> {
    e.responses
        .iter()
        .find(|r| r.success)
        .and_then(|r| r.body.as_ref())
}

/// One variant of an output or error enum: a documented status, carrying its body type when it has one (its output
/// struct when it declares headers).
fn status_variant(s: &Service, e: &Endpoint, r: &Response) -> TokenStream {
    let v = ident(&r.variant);
    let doc = doc_attr(&status_doc(r));
    // A range or `default` covers many statuses: its variant keeps the one received.
    let status = (!matches!(r.status, Status::Code(_))).then(|| quote!(u16,));
    if let Some(name) = e.output_struct(r) {
        let name = ident(&name);
        return quote!(#doc #v(#status #name),);
    }
    match &r.body {
        Some(ty) => {
            let ty = response_ty(s, ty);
            quote!(#doc #v(#status #ty),)
        }
        None if status.is_some() => quote!(#doc #v(u16),),
        None => quote!(#doc #v,),
    }
}

fn expand_output_enum(s: &Service, e: &Endpoint) -> Option<TokenStream> {
    let name = ident(&e.output_enum()?);
    let variants = e
        .responses
        .iter()
        .filter(|r| r.success)
        .map(|r| status_variant(s, e, r));
    let doc = doc_attr(&format!(
        "Successful outcomes of [`{}::{}`].",
        handle_name(&s.name),
        e.rust_name.trim_start_matches("r#")
    ));
    // A download is read once and compares with nothing: an outcome that may hold one is neither `Clone` nor
    // `PartialEq`.
    let downloads: Vec<&Response> = e
        .responses
        .iter()
        .filter(|r| r.success && r.encoding == Encoding::Binary)
        .collect();
    let derives = if downloads.is_empty() {
        quote!(#[derive(Debug, Clone, PartialEq)])
    } else {
        quote!(#[derive(Debug)])
    };
    // The contract checks read the download an outcome holds.
    let download_output = (!downloads.is_empty()).then(|| {
        let p = private();
        let arms = downloads.iter().map(|r| {
            let v = ident(&r.variant);
            match r.status {
                Status::Code(_) => quote!(Self::#v(b) => #p::DownloadOutput::into_download(b),),
                _ => quote!(Self::#v(_, b) => #p::DownloadOutput::into_download(b),),
            }
        });
        let rest = (downloads.len() < e.responses.iter().filter(|r| r.success).count())
            .then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            #p::if_mock! {
                impl #p::DownloadOutput for #name {
                    #[inline]
                    fn into_download(self) -> ::core::option::Option<#p::ByteStream> {
                        match self {
                            #(#arms)*
                            #rest
                        }
                    }
                }
            }
        }
    });
    Some(quote! {
        #doc
        #derives
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }
        #download_output
    })
}

/// The `match r.status()` arm of one documented response: exact codes first, then ranges, then `default` as `_`
/// (the responses come in that order), so a more specific response wins.
fn decode_arm(e: &Endpoint, r: &Response) -> TokenStream {
    let err = ident(&e.error_type());
    let v = ident(&r.variant);
    let (pattern, exact) = match r.status {
        Status::Code(c) => (quote!(#c), true),
        Status::Range(class) => {
            let (lo, hi) = (u16::from(class) * 100, u16::from(class) * 100 + 99);
            (quote!(#lo..=#hi), false)
        }
        Status::Default => (quote!(_), false),
    };
    let status = (!exact).then(|| quote!(r.status(),));
    let read = match r.encoding {
        Encoding::Json | Encoding::Multipart => quote!(r.json()?),
        Encoding::Text => quote!(r.text()?),
        Encoding::Binary => quote!(r.byte_stream()),
    };
    let value = match (&r.body, &status) {
        (Some(_), _) => quote!((#status #read)),
        (None, Some(_)) => quote!((r.status())),
        (None, None) => quote!(),
    };
    if r.success {
        let payload = success_payload(e, r, &read);
        let out = match (e.output_enum(), payload) {
            (Some(name), Some(payload)) => {
                let name = ident(&name);
                quote!(#name::#v(#status #payload))
            }
            (Some(name), None) => {
                let name = ident(&name);
                quote!(#name::#v #value)
            }
            (None, Some(payload)) => payload,
            (None, None) => quote!(()),
        };
        quote!(#pattern => ::core::result::Result::Ok(#out),)
    } else if r.body.is_some() {
        // A body that does not fit (a proxy's HTML 500) is still this status's service error: `Unhandled` keeps it.
        let method = match (exact, r.encoding == Encoding::Text) {
            (true, false) => quote!(error_body),
            (false, false) => quote!(status_error_body),
            (true, true) => quote!(error_text),
            (false, true) => quote!(status_error_text),
        };
        quote!(#pattern => ::core::result::Result::Err(r.#method(#err::#v, #err::Unhandled)),)
    } else {
        quote!(#pattern => ::core::result::Result::Err(#err::#v #value),)
    }
}

fn status_doc(r: &Response) -> String {
    let name = match r.status {
        Status::Code(c) => format!("{c} {}", r.variant),
        Status::Range(class) => format!(
            "Any {class}xx status ({}); with the status received",
            r.status.key()
        ),
        Status::Default => {
            "Any status no other variant documents (`default`); with the status received".to_owned()
        }
    };
    match &r.description {
        Some(d) => format!("{name}: {}", clean(d)),
        None => name,
    }
}

fn expand_error_enum(s: &Service, e: &Endpoint) -> TokenStream {
    let p = private();
    let err = ident(&e.error_type());
    let errors: Vec<&Response> = e.responses.iter().filter(|r| !r.success).collect();
    let variants = errors.iter().map(|r| status_variant(s, e, r));
    let arms = errors.iter().map(|r| parts_arm(s, r));
    let doc = doc_attr(&format!(
        "Error statuses of [`{}::{}`], each with its documented body.",
        handle_name(&s.name),
        e.rust_name.trim_start_matches("r#")
    ));
    // No `Clone`, like most error types (and `Error<E>`, which holds it): a clone per error enum is a function per
    // endpoint (about 7 MiB of peak rustc memory at 200 endpoints); the bodies inside stay `Clone`.
    quote! {
        #doc
        #[derive(Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #err {
            #(#variants)*
            /// A status the spec does not document for this operation.
            Unhandled(#p::Unhandled),
        }

        impl ::core::fmt::Display for #err {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&#p::OperationError::parts(self), f)
            }
        }

        impl ::std::error::Error for #err {}

        // Status, code and message come through the `OperationError` trait only, as the official SDKs'
        // error-metadata traits do, and from one `match`: the trait's accessors read `parts`.
        impl #p::OperationError for #err {
            #[inline]
            fn parts(&self) -> #p::ErrorParts<'_> {
                match self {
                    #(#arms)*
                    Self::Unhandled(u) => u.parts(),
                }
            }
        }
    }
}

/// `Self::BadRequest(b) => ErrorParts::new(400, <code>, <message>)`, code and message read from the body's
/// envelope fields when it has them.
fn parts_arm(s: &Service, r: &Response) -> TokenStream {
    let p = private();
    let v = ident(&r.variant);
    // An exact code is known; a range or `default` variant holds the status received.
    let (status, bind) = match r.status {
        Status::Code(c) => (quote!(#c), None),
        _ => (quote!(*status), Some(quote!(status,))),
    };
    let Some(body) = &r.body else {
        return match bind {
            Some(_) => quote!(Self::#v(status) => #p::ErrorParts::status(*status),),
            None => quote!(Self::#v => #p::ErrorParts::status(#status),),
        };
    };
    // `Option<&str>` of a path of fields from the body `b`: `b.code.as_deref()`, or through the nesting field
    // `b.error.as_ref().and_then(|e| e.code.as_deref())`.
    let read = |path: Vec<&Field>| -> Option<TokenStream> {
        let (last, outer) = path.split_last()?;
        // `Option<&T>` of a field of `at`, whichever of `T`, `Option<T>` or `Option<Option<T>>` it is.
        let field_ref = |at: TokenStream, f: &Field| {
            let name = ident(&f.rust);
            if is_plain(s, f) {
                quote!(::core::option::Option::Some(&#at.#name))
            } else if is_tri_state(s, f) {
                quote!(#at.#name.as_ref().and_then(::core::option::Option::as_ref))
            } else {
                quote!(#at.#name.as_ref())
            }
        };
        let leaf = |at: TokenStream| {
            let name = ident(&last.rust);
            if s.resolve(&last.schema).ty != Ty::String {
                // An integer code reads as its decimal text (`ErrorParts` borrows text; see `int_code`).
                let r = field_ref(at, last);
                quote!(#r.and_then(|c| #p::int_code(::core::convert::Into::into(*c))))
            } else if is_plain(s, last) {
                quote!(::core::option::Option::Some(#at.#name.as_str()))
            } else if is_tri_state(s, last) {
                let r = field_ref(at, last);
                quote!(#r.map(::std::string::String::as_str))
            } else {
                quote!(#at.#name.as_deref())
            }
        };
        Some(match outer.first() {
            None => leaf(quote!(b)),
            Some(o) => {
                let name = ident(&o.rust);
                let inner = leaf(quote!(e));
                if is_plain(s, o) {
                    quote!({ let e = &b.#name; #inner })
                } else {
                    let r = field_ref(quote!(b), o);
                    quote!(#r.and_then(|e| #inner))
                }
            }
        })
    };
    let none = quote!(::core::option::Option::None);
    let mut pairs = s.error_fields(body).into_iter().map(|(code, message)| {
        (
            read(code).unwrap_or_else(|| none.clone()),
            read(message).unwrap_or_else(|| none.clone()),
        )
    });
    let Some((code, message)) = pairs.next() else {
        return quote!(Self::#v(#bind _) => #p::ErrorParts::status(#status),);
    };
    let rest: Vec<_> = pairs.collect();
    if rest.is_empty() {
        return quote!(Self::#v(#bind b) => #p::ErrorParts::new(#status, #code, #message),);
    }
    // A body documenting several shapes: the first pair the received body has, as untyped bodies are read
    // (`Service::error_fields`).
    let rest = rest.iter().map(|(code, message)| {
        quote! {
            let (c, m) = if c.is_some() || m.is_some() { (c, m) } else { (#code, #message) };
        }
    });
    quote! {
        Self::#v(#bind b) => {
            let (c, m) = (#code, #message);
            #(#rest)*
            #p::ErrorParts::new(#status, c, m)
        }
    }
}

fn expand_call(s: &Service, e: &Endpoint, standalone: bool) -> TokenStream {
    let p = private();
    let f = ident(&e.rust_name);
    let req = ident(&e.request_type());
    let mut doc = e
        .summary
        .as_deref()
        .map(clean)
        .unwrap_or_else(|| e.operation.clone());
    if let Some(d) = &e.description {
        doc.push_str("\n\n");
        doc.push_str(&clean(d));
    }
    doc.push_str(&format!("\n\n`{} {}`", e.method, e.path));
    // The signature names only the runtime's `Call`, so the doc says what it resolves to, with links.
    let output = match success_body(e).map(|b| &b.ty) {
        _ if e.output_enum().is_some() => format!("[`{}`]", output_text(s, e)),
        Some(Ty::Ref { .. }) => format!("[`{}`]", output_text(s, e)),
        _ => format!("`{}`", output_text(s, e)),
    };
    let rt = runtime_doc_path();
    doc.push_str(&format!(
        "\n\nResolves to [`Response`]({rt}::Response)`<`{output}`>`, or [`Error`]({rt}::Error)`<`[`{}`]`>`.",
        e.error_type()
    ));
    doc.push_str(&call_example(s, e, standalone));
    let doc = doc_attr(&doc);
    // A plain function returning the runtime's named future: an `async fn` (or an `impl Future` return) here would
    // be one more coroutine or opaque type per endpoint for rustc to lower and check (BENCHMARKS.md). `Call` owns
    // the request and a clone of the client, so it is `'static`, and `Send` when the request is; tests/api_shape.rs
    // checks both.
    let steps = crate::steps::handle_methods(s, e);
    quote! {
        #doc
        #[inline]
        pub fn #f(&self, request: #req) -> #p::Call<#req> {
            self.0.send(request)
        }
        #steps
    }
}

/// A short example of the call: `no_run` inside generated-client, where the module's path is known; in a standalone
/// expansion the macro does not know the crate and module the code lands in, so the example is `ignore`d. The
/// request's required values come from the spec's examples when they are strings, numbers, booleans or enums;
/// otherwise the example takes the request as given.
fn call_example(s: &Service, e: &Endpoint, standalone: bool) -> String {
    let rt = runtime_doc_path();
    let module = if standalone {
        s.name.clone()
    } else {
        format!("{rt}::{}", s.name)
    };
    let req = e.request_type();
    let mut args = Vec::new();
    let mut simple = true;
    let params = e.params.iter().filter(|p| p.in_constructor());
    let body = e
        .request
        .as_ref()
        .filter(|b| b.required && !b.is_empty_object());
    for schema in params.map(|p| &p.schema).chain(body.map(|b| &b.body)) {
        match example_arg(s, schema, &module) {
            Some(a) => args.push(a),
            None => simple = false,
        }
    }
    let method = e.rust_name.trim_start_matches("r#");
    let call = if standalone {
        format!(
            "{module}::{}::new(&client).{method}(request)",
            handle_name(&s.name)
        )
    } else {
        format!("client.{}().{method}(request)", s.name)
    };
    let (signature, build) = if simple {
        (
            String::new(),
            format!("let request = {module}::{req}::new({});\n", args.join(", ")),
        )
    } else {
        (format!(", request: {module}::{req}"), String::new())
    };
    let fence = if standalone { "ignore" } else { "no_run" };
    format!(
        "\n\n# Example\n\n```{fence}\n\
         # async fn example(client: {rt}::Client{signature}) -> Result<(), Box<dyn std::error::Error>> {{\n\
         {build}let response = {call}.await?;\n\
         println!(\"{{:?}}\", response.into_inner());\n\
         # Ok(())\n\
         # }}\n\
         ```"
    )
}

/// Rust source of a required argument from the spec's example: a string, number, boolean or enum value.
fn example_arg(s: &Service, schema: &Schema, module: &str) -> Option<String> {
    if s.is_nullable(schema) {
        return None;
    }
    let example = s.example(schema);
    match &s.resolve(schema).ty {
        Ty::String => Some(format!(
            "{:?}",
            example.and_then(|v| v.as_str()).unwrap_or("…")
        )),
        Ty::Int32 | Ty::Int64 => Some(example.and_then(|v| v.as_i64()).unwrap_or(1).to_string()),
        Ty::Number => Some(format!(
            "{:?}",
            example.and_then(|v| v.as_f64()).unwrap_or(1.0)
        )),
        Ty::Boolean => Some(
            example
                .and_then(|v| v.as_bool())
                .unwrap_or(true)
                .to_string(),
        ),
        Ty::Enum { values } => {
            let name = match &schema.ty {
                Ty::Ref { id } => s.type_def(*id)?.name.trim_start_matches("r#").to_owned(),
                _ => return None,
            };
            let wire = example
                .and_then(|v| v.as_str())
                .or(values.first().map(|v| v.wire.as_str()))?;
            Some(format!("{module}::{name}::from_wire({wire:?})"))
        }
        _ => None,
    }
}

/// The operation's output type as a reader writes it (`Vec<i64>`, `StopGraphResponse`, `()`), for docs.
fn output_text(s: &Service, e: &Endpoint) -> String {
    if let Some(name) = e
        .output_enum()
        .or_else(|| e.responses.iter().find_map(|r| e.output_struct(r)))
    {
        return name;
    }
    success_body(e).map_or_else(
        || "()".to_owned(),
        |ty| match ty.ty {
            Ty::Binary => "ByteStream".to_owned(),
            _ => type_text(s, ty),
        },
    )
}

fn type_text(s: &Service, schema: &Schema) -> String {
    match &schema.ty {
        Ty::String => "String".to_owned(),
        Ty::Int32 => "i32".to_owned(),
        Ty::Int64 => "i64".to_owned(),
        Ty::Number => "f64".to_owned(),
        Ty::Boolean => "bool".to_owned(),
        Ty::DateTime => match date_layout(s, schema) {
            Some(layout) => format!("DateTime<{layout}>"),
            None => "DateTime".to_owned(),
        },
        Ty::Binary => "Binary".to_owned(),
        Ty::Any | Ty::Struct { .. } | Ty::Enum { .. } => "serde_json::Value".to_owned(),
        Ty::Object => "serde_json::Map<String, serde_json::Value>".to_owned(),
        Ty::Array { items } => format!("Vec<{}>", type_text(s, items)),
        Ty::JsonText { content } => format!("JsonText<{}>", type_text(s, content)),
        Ty::Map { values, .. } => format!("BTreeMap<String, {}>", type_text(s, values)),
        Ty::Ref { id } => s
            .type_def(*id)
            .map_or("UnresolvedType", |t| t.name.as_str())
            .trim_start_matches("r#")
            .to_owned(),
    }
}

// ----------------------------------------------------------------------------------------------------- helpers

pub fn ident(s: &str) -> Ident {
    match s.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(s, Span::call_site()),
    }
}

/// Spec prose, or the macro's own fallback text when the spec has none.
/// What the spec says of a value beyond its type, for its docs: required, constraints (an integer `enum`'s values
/// too, since its Rust type is the integer), the server's default and an example. Empty when there is nothing.
fn facts_doc(s: &Service, schema: &Schema, required: bool) -> String {
    let r = s.rules(schema);
    let mut facts: Vec<String> = Vec::new();
    if required {
        facts.push("Required.".into());
    }
    let range = |lo: Option<String>, hi: Option<String>, unit: &str| match (lo, hi) {
        (Some(a), Some(b)) if a == b => Some(format!("Exactly {a}{unit}.")),
        (Some(a), Some(b)) => Some(format!("{a} to {b}{unit}.")),
        (Some(a), None) => Some(format!("At least {a}{unit}.")),
        (None, Some(b)) => Some(format!("At most {b}{unit}.")),
        (None, None) => None,
    };
    let text = |v: Option<u64>| v.map(|n| n.to_string());
    let num = |v: Option<Number>| v.map(|n| n.to_string());
    facts.extend(range(text(r.min_length), text(r.max_length), " characters"));
    if let Some(p) = &r.pattern {
        facts.push(format!("Matches `{}`.", p.replace('`', "'")));
    }
    facts.extend(range(num(r.minimum), num(r.maximum), ""));
    facts.extend(range(text(r.min_items), text(r.max_items), " items"));
    if let Some(values) = &r.int_enum {
        let list: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
        facts.push(format!("One of: {}.", list.join(", ")));
    }
    if let Some(e) = s.example(schema) {
        let mut shown = e.to_string();
        if shown.chars().count() > 80 {
            shown = shown.chars().take(79).collect::<String>() + "…";
        }
        facts.push(format!("Example: `{}`.", shown.replace('`', "'")));
    }
    if facts.is_empty() {
        String::new()
    } else {
        format!("\n\n{}", facts.join(" "))
    }
}

fn doc_or(text: Option<&str>, fallback: &str) -> TokenStream {
    match text.filter(|t| !t.trim().is_empty()) {
        Some(t) => doc_attr(&clean(t)),
        None => doc_attr(fallback),
    }
}

/// `#[doc = ".."]` lines of text the macro wrote itself (it may hold intra-doc links); spec prose goes through
/// `clean` first.
pub fn doc_attr(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|line| {
        let line = line.trim_end();
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Spec prose is not Markdown written for rustdoc: brackets would become broken intra-doc links, `<x>` HTML tags,
/// indented lines doctests, and bare URLs warnings; escape all of them.
pub fn clean(text: &str) -> String {
    text.trim()
        .lines()
        .map(|l| sanitize_doc_line(l.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn sanitize_doc_line(line: &str) -> String {
    // A line of backticks opens a code block that rustdoc would compile.
    let line = if line.starts_with("```") {
        line.replace('`', "'")
    } else {
        line.to_owned()
    };
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    let mut words = line.split(' ').peekable();
    while let Some(word) = words.next() {
        if !in_code && (word.starts_with("http://") || word.starts_with("https://")) {
            out.push('`');
            out.push_str(&word.replace('`', "'"));
            out.push('`');
        } else {
            for c in word.chars() {
                match c {
                    '`' => {
                        in_code = !in_code;
                        out.push(c);
                    }
                    '[' | ']' | '<' | '>' | '\\' if !in_code => {
                        out.push('\\');
                        out.push(c);
                    }
                    _ => out.push(c),
                }
            }
        }
        if words.peek().is_some() {
            out.push(' ');
        }
    }
    // An unclosed code span would swallow the next line's escapes into a literal backslash.
    if in_code {
        out.push('`');
    }
    out
}
