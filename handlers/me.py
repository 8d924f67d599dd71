"""Operations on `/me`: the signed-in user of the token (`oid`, in the token's tenant)."""

# Re-exported by name (`x as x`): connexion binds this owner's operationIds to them.
from graph_photos.handlers import contacts
from graph_photos.handlers.directory import (
    get_me as get_me,
)
from graph_photos.handlers.people import list_people as list_people
from graph_photos.handlers.photo import (
    create_photo as create_photo,
    delete_photo as delete_photo,
    delete_photo_content as delete_photo_content,
    get_photo as get_photo,
    get_photo_content as get_photo_content,
    get_photo_size as get_photo_size,
    get_photo_size_content as get_photo_size_content,
    list_photos as list_photos,
    patch_photo_content as patch_photo_content,
    put_photo_content as put_photo_content,
    update_photo as update_photo,
)
from graph_photos.handlers.teamwork import (
    get_joined_team_photo as get_joined_team_photo,
    get_joined_team_photo_content as get_joined_team_photo_content,
    list_joined_teams as list_joined_teams,
    patch_joined_team_photo_content as patch_joined_team_photo_content,
    put_joined_team_photo_content as put_joined_team_photo_content,
)

# The mailbox's contacts, their folders and photos: one function of `contacts` serves every
# address form of an operation (the default folder, a folder, a child folder).
list_contact_folders = contacts.list_contact_folders
create_contact_folder = contacts.create_contact_folder
get_contact_folder = contacts.get_contact_folder
update_contact_folder = contacts.update_contact_folder
delete_contact_folder = contacts.delete_contact_folder
list_child_folders = contacts.list_contact_folders
create_child_folder = contacts.create_contact_folder
list_contacts = contacts.list_contacts
create_contact = contacts.create_contact
get_contact = contacts.get_contact
update_contact = contacts.update_contact
delete_contact = contacts.delete_contact
get_contact_photo = contacts.get_contact_photo
get_contact_photo_content = contacts.get_contact_photo_content
put_contact_photo_content = contacts.put_contact_photo_content
patch_contact_photo_content = contacts.patch_contact_photo_content
list_folder_contacts = contacts.list_contacts
create_folder_contact = contacts.create_contact
get_folder_contact = contacts.get_contact
update_folder_contact = contacts.update_contact
delete_folder_contact = contacts.delete_contact
get_folder_contact_photo = contacts.get_contact_photo
get_folder_contact_photo_content = contacts.get_contact_photo_content
put_folder_contact_photo_content = contacts.put_contact_photo_content
patch_folder_contact_photo_content = contacts.patch_contact_photo_content
list_child_folder_contacts = contacts.list_contacts
create_child_folder_contact = contacts.create_contact
get_child_folder_contact = contacts.get_contact
update_child_folder_contact = contacts.update_contact
delete_child_folder_contact = contacts.delete_contact
get_child_folder_contact_photo = contacts.get_contact_photo
get_child_folder_contact_photo_content = contacts.get_contact_photo_content
put_child_folder_contact_photo_content = contacts.put_contact_photo_content
patch_child_folder_contact_photo_content = contacts.patch_contact_photo_content
