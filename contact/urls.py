from django.urls import path

from . import views

urlpatterns = [
    path("<slug:slug>/", views.contact_organisation, name="contact_organisation"),
    path("<slug:slug>/sent/", views.contact_sent, name="contact_sent"),
]
